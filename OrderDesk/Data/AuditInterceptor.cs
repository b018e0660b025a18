using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Data;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every change to an <see cref="IAudited"/> entity, in the
/// same transaction as the change. New rows get their database id only on insert, so their entries
/// are completed after the insert and saved before the transaction commits.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private sealed record Pending(EntityEntry Entry, AuditEntry Audit);

    private sealed class SaveState
    {
        public List<Pending> Added { get; } = [];
        public IDbContextTransaction? OwnTransaction { get; set; }
        public bool Completing { get; set; }
    }

    // Keyed by context: an AsyncLocal set inside SavingChangesAsync would not flow back out to SavedChangesAsync.
    private static readonly ConditionalWeakTable<DbContext, SaveState> s_states = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not OrderDeskDbContext db || db.AuditDisabled || s_states.TryGetValue(db, out _))
            return result;

        var now = clock.GetUtcNow();
        var user = CurrentUser.Name;
        var state = new SaveState();
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is IAudited).ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var changes = Describe(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            var audit = new AuditEntry(now, user, entry.Metadata.ClrType.Name, KeyOf(entry), entry.State.ToString(),
                JsonSerializer.Serialize(changes));
            db.AuditEntries.Add(audit);
            if (entry.State == EntityState.Added) state.Added.Add(new Pending(entry, audit));
        }

        if (state.Added.Count > 0)
        {
            if (db.Database.CurrentTransaction is null)
                state.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            s_states.AddOrUpdate(db, state);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not OrderDeskDbContext db || !s_states.TryGetValue(db, out var state) || state.Completing)
            return result;
        state.Completing = true;
        try
        {
            foreach (var pending in state.Added)
                db.Entry(pending.Audit).Property(nameof(AuditEntry.EntityId)).CurrentValue = KeyOf(pending.Entry);
            await db.SaveChangesAsync(cancellationToken);
            if (state.OwnTransaction is not null) await state.OwnTransaction.CommitAsync(cancellationToken);
        }
        finally
        {
            s_states.Remove(db);
            if (state.OwnTransaction is not null) await state.OwnTransaction.DisposeAsync();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && s_states.TryGetValue(db, out var state) && !state.Completing)
        {
            s_states.Remove(db);
            if (state.OwnTransaction is not null) await state.OwnTransaction.DisposeAsync();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is OrderDeskDbContext { AuditDisabled: false } db && db.ChangeTracker.Entries().Any(e => e.Entity is IAudited)
            ? throw new InvalidOperationException("Audited entities must be saved with SaveChangesAsync.")
            : result;

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static Dictionary<string, object?[]> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() && entry.State != EntityState.Deleted) continue;
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            // Compare raw values: masked ones ("***") would hide a replaced secret.
            if (entry.State == EntityState.Modified && Equals(property.OriginalValue, property.CurrentValue)) continue;
            var old = entry.State == EntityState.Added ? null : Show(property.Metadata.Name, property.OriginalValue);
            var now = entry.State == EntityState.Deleted ? null : Show(property.Metadata.Name, property.CurrentValue);
            changes[property.Metadata.Name] = [old, now];
        }
        return changes;
    }

    // Secrets are kept encrypted, but even ciphertext has no business in an audit log.
    private static string? Show(string name, object? value) =>
        value is null ? null
        : name.Contains("Protected", StringComparison.Ordinal) || name.Contains("Password", StringComparison.Ordinal) ? "***"
        : value is DateTimeOffset t ? t.ToString("O")
        : value.ToString();
}
