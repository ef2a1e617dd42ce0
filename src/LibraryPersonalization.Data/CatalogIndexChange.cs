using LibraryPersonalization.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LibraryPersonalization.Data;

/// <summary>
/// One row per saved change to a title or its tags, written in the same save, so every instance's search index can
/// catch up by reading the rows after the last one it applied.
/// </summary>
public class CatalogIndexChange
{
    public long Id { get; set; }

    /// <summary>The title added or changed; null once that title is removed.</summary>
    public int? TitleId { get; set; }

    public CatalogTitle? Title { get; set; }

    /// <summary>
    /// The title removed. Not a reference to it, as <see cref="TitleId"/> is: a row pointing at the title would be
    /// deleted with it, and the index would never hear of the removal.
    /// </summary>
    public int? RemovedTitleId { get; set; }

    internal static void RecordFor(ChangeTracker tracker)
    {
        var changed = new List<CatalogIndexChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case CatalogTitle title when entry.State == EntityState.Added:
                    changed.Add(new CatalogIndexChange { Title = title });
                    break;
                case CatalogTitle title when entry.State == EntityState.Deleted:
                    changed.Add(new CatalogIndexChange { RemovedTitleId = title.Id });
                    break;
                case CatalogTitle title:
                    changed.Add(new CatalogIndexChange { TitleId = title.Id });
                    break;
                case TitleTag tag:
                    changed.Add(new CatalogIndexChange { TitleId = tag.TitleId });
                    break;
            }
        }

        tracker.Context.AddRange(changed);
    }
}
