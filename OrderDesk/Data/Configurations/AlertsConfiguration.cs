using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OrderDesk.Domain.Alerts;

namespace OrderDesk.Data.Configurations;

public sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> b)
    {
        b.HasKey(r => r.Id);
        b.Property(r => r.Name).HasMaxLength(AlertRule.NameMaxLength).UseCollation("NOCASE").IsRequired();
        b.HasIndex(r => r.Name).IsUnique();
        b.Property(r => r.ScopeValue).HasMaxLength(64);
        // Stored as JSON arrays (EF primitive collections).
        b.Property(r => r.RecipientRoles);
        b.Property(r => r.RecipientUserIds);
    }
}

public sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.ScopeKey).HasMaxLength(64).IsRequired();
        b.Property(i => i.AcknowledgedBy).HasMaxLength(450);
        b.Property(i => i.AcknowledgeComment).HasMaxLength(2000);
        b.HasOne<AlertRule>().WithMany().HasForeignKey(i => i.RuleId).OnDelete(DeleteBehavior.Cascade);
        // Never two unresolved incidents for the same rule and scope, even if two evaluations overlap.
        b.HasIndex(i => new { i.RuleId, i.ScopeKey }).IsUnique().HasFilter("\"ResolvedAt\" IS NULL")
            .HasDatabaseName("IX_Incidents_RuleId_ScopeKey_Unresolved");
        b.HasIndex(i => new { i.State, i.OpenedAt });
        b.HasMany(i => i.Events).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.HasIndex(e => new { e.IncidentId, e.At });
    }
}
