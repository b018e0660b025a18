using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrderDesk.Data.Conventions;

/// <summary>Stores a DateTimeOffset as its UTC ticks, so SQLite can order and compare it.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
