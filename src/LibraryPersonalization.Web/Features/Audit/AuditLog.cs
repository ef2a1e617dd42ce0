using System.Globalization;
using System.Text;
using LibraryPersonalization.Domain.Auditing;

namespace LibraryPersonalization.Web.Features.Audit;

/// <summary>The audit log, filtered by what was done, by whom and between which school days; the same filter exports it.</summary>
public static class AuditLog
{
    public const int PageSize = 50;

    /// <summary>The most rows one export holds; a wider export is asked to narrow its dates.</summary>
    public const int ExportLimit = 50_000;

    public sealed record Filter(string? Action, string? Actor, DateOnly? From, DateOnly? To)
    {
        public string QueryString =>
            string.Join('&', new[] { ("what", Action), ("who", Actor), ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) }
                .Where(pair => !string.IsNullOrEmpty(pair.Item2))
                .Select(pair => $"{pair.Item1}={Uri.EscapeDataString(pair.Item2!)}"));
    }

    public sealed record Query(Filter Filter, int Page) : IQuery<Result<Model>>, ILibrarianRequest
    {
        public string Purpose => "read the audit log";
    }

    public sealed record Model(Filter Filter, IReadOnlyList<string> Actions, Page<Row> Entries);

    public sealed record Row(DateTimeOffset At, string ActorName, string Action, string Details);

    public sealed class Handler(LibraryDbContext db, SchoolTime schoolTime) : IQueryHandler<Query, Result<Model>>
    {
        public async ValueTask<Result<Model>> Handle(Query query, CancellationToken cancellationToken)
        {
            var entries = Filtered(db, schoolTime, query.Filter);
            var rows = await entries.OrderByDescending(entry => entry.Id).PageOf(query.Page, PageSize)
                .Select(entry => new Row(entry.At, entry.ActorName, entry.Action, entry.Details)).ToListAsync(cancellationToken);
            var actions = await db.AuditEntries.AsNoTracking().Select(entry => entry.Action).Distinct().OrderBy(action => action).ToListAsync(cancellationToken);
            return new Model(query.Filter, actions, new Page<Row>(rows, query.Page, PageSize, await entries.CountAsync(cancellationToken)));
        }
    }

    /// <summary>The filtered log as CSV, oldest first, for a spreadsheet or the district's records.</summary>
    public sealed record Export(Filter Filter) : IQuery<Result<string>>, ILibrarianRequest
    {
        public string Purpose => "export the audit log";
    }

    public sealed class ExportHandler(LibraryDbContext db, SchoolTime schoolTime) : IQueryHandler<Export, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Export query, CancellationToken cancellationToken)
        {
            var entries = Filtered(db, schoolTime, query.Filter);
            if (await entries.CountAsync(cancellationToken) > ExportLimit)
            {
                return new Conflict($"More than {ExportLimit:N0} changes match: choose a shorter date range and export again.");
            }

            var rows = await entries.OrderBy(entry => entry.Id).Select(entry => new Row(entry.At, entry.ActorName, entry.Action, entry.Details)).ToListAsync(cancellationToken);
            var csv = new StringBuilder("When (school time),Who,What,Details\r\n");
            foreach (var row in rows)
            {
                csv.AppendJoin(',', new[] { schoolTime.Format(row.At, "yyyy-MM-dd HH:mm:ss"), row.ActorName, row.Action, row.Details }.Select(Cell)).Append("\r\n");
            }

            return csv.ToString();
        }
    }

    /// <summary>
    /// One CSV field: quoted with quotes doubled (RFC 4180), and a leading = + - @ or tab made inert with an apostrophe, so a
    /// name or detail typed by someone cannot run as a spreadsheet formula.
    /// </summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? $"'{text}" : text;
        return $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static IQueryable<AuditEntry> Filtered(LibraryDbContext db, SchoolTime schoolTime, Filter filter)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            entries = entries.Where(entry => entry.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            entries = entries.Where(entry => EF.Functions.Like(entry.ActorName, LikePattern.Containing(filter.Actor.Trim()), LikePattern.Escape));
        }

        if (filter.From is { } from)
        {
            var since = schoolTime.StartOf(from);
            entries = entries.Where(entry => entry.At >= since);
        }

        // Nothing is after the calendar's last day, which has no next day to end at.
        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var before = schoolTime.StartOf(to.AddDays(1));
            entries = entries.Where(entry => entry.At < before);
        }

        return entries;
    }
}
