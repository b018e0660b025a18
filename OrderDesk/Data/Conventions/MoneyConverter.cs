using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Data.Conventions;

public sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Fen, fen => new Money(fen));
