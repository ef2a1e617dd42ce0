using LibraryPersonalization.Domain.Auditing;
using LibraryPersonalization.Domain.Bookings;
using LibraryPersonalization.Domain.Catalog;
using LibraryPersonalization.Domain.Ecosystem;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LibraryPersonalization.Data;

public class LibraryDbContext(DbContextOptions<LibraryDbContext> options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<ElementVolume> ElementVolumes => Set<ElementVolume>();
    public DbSet<VolumeChange> VolumeChanges => Set<VolumeChange>();
    public DbSet<StudentDesignation> StudentDesignations => Set<StudentDesignation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>The keys that protect sign-in and antiforgery cookies, shared by every web instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<CatalogTitle> Titles => Set<CatalogTitle>();
    public DbSet<CatalogIndexChange> CatalogIndexChanges => Set<CatalogIndexChange>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<TitleTag> TitleTags => Set<TitleTag>();
    public DbSet<Shelf> Shelves => Set<Shelf>();
    public DbSet<ShelfItem> ShelfItems => Set<ShelfItem>();
    public DbSet<BookRequest> BookRequests => Set<BookRequest>();
    public DbSet<BookRequestSupporter> BookRequestSupporters => Set<BookRequestSupporter>();
    public DbSet<RequestComment> RequestComments => Set<RequestComment>();
    public DbSet<RequestVote> RequestVotes => Set<RequestVote>();
    public DbSet<DeclineReason> DeclineReasons => Set<DeclineReason>();
    public DbSet<CollectionSettings> CollectionSettings => Set<CollectionSettings>();
    public DbSet<BookableResource> BookableResources => Set<BookableResource>();
    public DbSet<OpeningHours> OpeningHours => Set<OpeningHours>();
    public DbSet<ClosedDate> ClosedDates => Set<ClosedDate>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();
    public DbSet<ZoneProposal> ZoneProposals => Set<ZoneProposal>();
    public DbSet<BookingLimits> BookingLimits => Set<BookingLimits>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LibraryDbContext).Assembly);
        builder.Entity<DataProtectionKey>(key =>
        {
            // A key ring entry is an XML document of a few kilobytes: no 450-character cap on it.
            key.Property(entry => entry.Xml).Metadata.SetMaxLength(null);
            key.Property(entry => entry.FriendlyName).Metadata.SetMaxLength(null);
        });
        if (Database.IsNpgsql())
        {
            // LIKE ignores letter case on SQLite and SQL Server's default collation; on PostgreSQL only citext columns do.
            builder.HasPostgresExtension("citext");
            builder.Entity<CatalogTitle>(title =>
            {
                foreach (var searched in new[] { nameof(CatalogTitle.Title), nameof(CatalogTitle.Author), nameof(CatalogTitle.Genre), nameof(CatalogTitle.Subjects) })
                {
                    title.Property(searched).HasColumnType("citext");
                }
            });
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CatalogIndexChange.RecordFor(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CatalogIndexChange.RecordFor(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<string>().HaveMaxLength(450);
        configurationBuilder.Properties<decimal>().HavePrecision(10, 2);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
