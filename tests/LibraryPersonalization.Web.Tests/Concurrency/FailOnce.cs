using System.Data.Common;

namespace LibraryPersonalization.Web.Tests.Concurrency;

/// <summary>Throws <paramref name="failure"/> instead of running the first command whose SQL contains <paramref name="sql"/>, once.</summary>
internal sealed class FailOnce(string sql, Func<Exception> failure) : OnceInterceptor
{
    protected override bool Targets(DbCommand command) => command.CommandText.Contains(sql, StringComparison.Ordinal);

    protected override void Meddle(DbCommand command) => throw failure();
}
