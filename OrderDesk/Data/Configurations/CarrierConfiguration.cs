using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Data.Conventions;
using OrderDesk.Domain.Fulfillment;

namespace OrderDesk.Data.Configurations;

public sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> b)
    {
        b.HasKey(c => c.Id);
        b.Property(c => c.Code).HasMaxLength(Carrier.CodeMaxLength).UseCollation("NOCASE").IsRequired();
        // Unique through the alternate key the rules' foreign key points at.
        b.Property(c => c.Name).HasMaxLength(100).IsRequired();
        b.Property(c => c.NameZh).HasMaxLength(100).IsRequired();
        b.PrimitiveCollection(c => c.Services); // a JSON array of "中文/English" names
        // At most one default, even if two admins switch it at once.
        b.HasIndex(c => c.IsDefault).IsUnique().HasFilter("\"IsDefault\" = 1").HasDatabaseName("IX_Carriers_Default");
        b.Ignore(c => c.DefaultService);
    }
}

public sealed class CarrierRuleConfiguration : IEntityTypeConfiguration<CarrierRule>
{
    public void Configure(EntityTypeBuilder<CarrierRule> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(CarrierRule.NameMaxLength).UseCollation("NOCASE").IsRequired();
        b.HasIndex(r => r.Name).IsUnique();
        b.HasIndex(r => r.Position);
        b.PrimitiveCollection(r => r.Provinces);
        b.PrimitiveCollection(r => r.Cities);
        b.PrimitiveCollection(r => r.CustomerTiers).ElementType(e => e.HasConversion<string>());
        b.Property(r => r.MinAmount).HasConversion<MoneyConverter>();
        b.Property(r => r.MaxAmount).HasConversion<MoneyConverter>();
        b.Property(r => r.RequiredHandling).HasConversion<int>();
        b.Property(r => r.CarrierCode).HasMaxLength(Carrier.CodeMaxLength).IsRequired();
        b.Property(r => r.Service).HasMaxLength(64).IsRequired();
        // A rule's carrier cannot be deleted from under it; carriers are disabled instead.
        b.HasOne<Carrier>().WithMany().HasForeignKey(r => r.CarrierCode).HasPrincipalKey(c => c.Code).OnDelete(DeleteBehavior.Restrict);
    }
}
