using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>Throws <paramref name="failure"/> instead of running the first command whose SQL contains <paramref name="sql"/>, once.</summary>
internal sealed class FailOnce(string sql, Func<Exception> failure) : DbCommandInterceptor
{
    private int armed = 1;

    public bool Fired => Volatile.Read(ref armed) == 0;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        FailIfTargeted(command);
        return base.NonQueryExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailIfTargeted(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        FailIfTargeted(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        FailIfTargeted(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void FailIfTargeted(DbCommand command)
    {
        if (command.CommandText.Contains(sql, StringComparison.Ordinal) && Interlocked.Exchange(ref armed, 0) == 1)
        {
            throw failure();
        }
    }
}
