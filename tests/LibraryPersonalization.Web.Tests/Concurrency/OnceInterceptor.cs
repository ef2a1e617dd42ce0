using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>Meddles with the first command that <see cref="Targets"/> picks, once; every later command runs untouched.</summary>
internal abstract class OnceInterceptor : DbCommandInterceptor
{
    private int armed = 1;

    public bool Fired => Volatile.Read(ref armed) == 0;

    protected abstract bool Targets(DbCommand command);

    protected abstract void Meddle(DbCommand command);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        MeddleOnce(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        MeddleOnce(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        MeddleOnce(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        MeddleOnce(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void MeddleOnce(DbCommand command)
    {
        if (Targets(command) && Interlocked.Exchange(ref armed, 0) == 1)
        {
            Meddle(command);
        }
    }
}
