using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Ponte.Domain.Common;

namespace Ponte.Data;

/// <summary>Stamps who and when on every save, and gives edited records a new version.</summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
            return;
        var now = clock.GetUtcNow();
        var who = (context as AppDbContext)?.Acting.UserId;
        foreach (var entry in context.ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity.CreatedAt == default)
                    entry.Entity.CreatedAt = now;
                entry.Entity.CreatedById ??= who;
            }
            else if (entry.State == EntityState.Modified || HasChangedOwned(entry))
            {
                entry.Entity.UpdatedAt = now;
                entry.Entity.UpdatedById = who;
                if (entry.Entity is VersionedEntity versioned)
                    versioned.Version = Guid.NewGuid();
                entry.State = EntityState.Modified;
            }
        }
    }

    /// <summary>Whether anything the record owns changed, at any depth (a plan's goal's action counts as the plan's).</summary>
    private static bool HasChangedOwned(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.References.Any(r => r.TargetEntry is { } t && t.Metadata.IsOwned() && Changed(t))
        || entry.Collections.Any(c => c.Metadata.TargetEntityType.IsOwned() && c.CurrentValue is not null
            && c.CurrentValue.Cast<object>().Any(o => Changed(entry.Context.Entry(o))));

    private static bool Changed(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry owned) =>
        owned.State is EntityState.Added or EntityState.Modified or EntityState.Deleted || HasChangedOwned(owned);
}

public static class ConcurrencyExtensions
{
    /// <summary>
    /// Saves only if the record is still at the version the person saw; otherwise the save
    /// fails with a concurrency conflict (409), never a silent overwrite.
    /// </summary>
    public static void ExpectVersion(this DbContext db, VersionedEntity entity, Guid? version)
    {
        if (version is { } v && v != Guid.Empty)
            db.Entry(entity).Property(nameof(VersionedEntity.Version)).OriginalValue = v;
    }
}
