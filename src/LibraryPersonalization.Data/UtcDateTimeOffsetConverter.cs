using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LibraryPersonalization.Data;

/// <summary>Stores instants as UTC datetimes so SQLite can sort and compare them like SQL Server does.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
