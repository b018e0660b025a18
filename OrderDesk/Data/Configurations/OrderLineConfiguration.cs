using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Fulfillment;
using OrderDesk.Domain.Orders;

namespace OrderDesk.Data.Configurations;

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.SkuCode).HasMaxLength(64).IsRequired();
        b.Property(l => l.Name).HasMaxLength(200);
        b.Property(l => l.VariantText).HasMaxLength(100);
        b.Property(l => l.AddedByRule).HasMaxLength(GiftRule.NameMaxLength).HasDefaultValue("");
        b.Ignore(l => l.Total);
        b.Ignore(l => l.IsRuleGift);
        b.HasIndex(l => new { l.SkuCode, l.OrderId });
    }
}

public sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Source).HasMaxLength(64);
        b.HasIndex(c => new { c.OrderId, c.At });
    }
}
