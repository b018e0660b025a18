using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Data.Configurations;

public sealed class GiftRuleConfiguration : IEntityTypeConfiguration<GiftRule>
{
    public void Configure(EntityTypeBuilder<GiftRule> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(GiftRule.NameMaxLength).UseCollation("NOCASE").IsRequired();
        b.HasIndex(r => r.Name).IsUnique();
        b.Property(r => r.ShopCode).HasMaxLength(GiftRule.TextMaxLength);
        b.Property(r => r.SkuCode).HasMaxLength(GiftRule.TextMaxLength);
        b.Property(r => r.Category).HasMaxLength(GiftRule.TextMaxLength);
        b.Property(r => r.MemoKeyword).HasMaxLength(GiftRule.TextMaxLength);
        b.Property(r => r.GiftSkuCode).HasMaxLength(GiftRule.TextMaxLength).IsRequired();
        b.Ignore(r => r.Spec);
    }
}
