using LibraryPersonalization.Domain.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryPersonalization.Data.Configurations;

public class BookableResourceConfiguration : IEntityTypeConfiguration<BookableResource>
{
    public void Configure(EntityTypeBuilder<BookableResource> builder)
    {
        builder.ToTable("BookableResources");
        builder.Property(resource => resource.Name).HasMaxLength(100);
        builder.Property(resource => resource.Purpose).HasMaxLength(1000);
        builder.HasIndex(resource => new { resource.Element, resource.Name }).IsUnique();
        builder.HasMany(resource => resource.Hours).WithOne().HasForeignKey(hours => hours.ResourceId);
        builder.HasMany(resource => resource.ClosedDates).WithOne().HasForeignKey(closed => closed.ResourceId);
    }
}

public class OpeningHoursConfiguration : IEntityTypeConfiguration<OpeningHours>
{
    public void Configure(EntityTypeBuilder<OpeningHours> builder) =>
        builder.HasIndex(hours => new { hours.ResourceId, hours.Day }).IsUnique();
}

public class ClosedDateConfiguration : IEntityTypeConfiguration<ClosedDate>
{
    public void Configure(EntityTypeBuilder<ClosedDate> builder)
    {
        builder.Property(closed => closed.Reason).HasMaxLength(200);
        builder.HasIndex(closed => new { closed.ResourceId, closed.Date }).IsUnique();
    }
}

public class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.Property(booking => booking.HolderName).HasMaxLength(200);
        builder.Property(booking => booking.ClassName).HasMaxLength(100);
        builder.Property(booking => booking.Note).HasMaxLength(500);
        builder.Property(booking => booking.StatusReason).HasMaxLength(500);
        builder.HasOne(booking => booking.Resource).WithMany().HasForeignKey(booking => booking.ResourceId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(booking => booking.HolderId);
        builder.HasIndex(booking => new { booking.ResourceId, booking.Start });
        builder.HasIndex(booking => new { booking.HolderId, booking.Start });
        builder.HasIndex(booking => new { booking.Status, booking.Start });
        // An area's requests waiting for approval: its resources' requested bookings, not every booking still to come.
        builder.HasIndex(booking => new { booking.ResourceId, booking.Status, booking.Start });
        // "Still running or to come" (End > now) reads only the latest bookings; Start <= now would read a school year of them.
        builder.HasIndex(booking => new { booking.ResourceId, booking.End });
    }
}

public class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> builder)
    {
        builder.Property(entry => entry.UserName).HasMaxLength(200);
        builder.HasOne(entry => entry.Resource).WithMany().HasForeignKey(entry => entry.ResourceId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(entry => entry.UserId);
        builder.HasIndex(entry => new { entry.ResourceId, entry.Start, entry.Status });
    }
}

public class ZoneProposalConfiguration : IEntityTypeConfiguration<ZoneProposal>
{
    public void Configure(EntityTypeBuilder<ZoneProposal> builder)
    {
        builder.Property(proposal => proposal.ProposerName).HasMaxLength(200);
        builder.Property(proposal => proposal.Proposal).HasMaxLength(2000);
        builder.Property(proposal => proposal.Reply).HasMaxLength(2000);
        builder.Property(proposal => proposal.RepliedByName).HasMaxLength(200);
        builder.HasOne(proposal => proposal.Resource).WithMany().HasForeignKey(proposal => proposal.ResourceId);
        builder.HasIndex(proposal => new { proposal.Status, proposal.CreatedAt });
    }
}

public class BookingLimitsConfiguration : IEntityTypeConfiguration<BookingLimits>
{
    public void Configure(EntityTypeBuilder<BookingLimits> builder) => builder.HasKey(limits => limits.Element);
}

public class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(feed => feed.UserId);
        builder.Property(feed => feed.Token).HasMaxLength(64);
        builder.HasIndex(feed => feed.Token).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(feed => feed.UserId);
    }
}
