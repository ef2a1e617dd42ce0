using LibraryPersonalization.Domain.HelpDesk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LibraryPersonalization.Data.Configurations;

public class HelpTicketConfiguration : IEntityTypeConfiguration<HelpTicket>
{
    public void Configure(EntityTypeBuilder<HelpTicket> builder)
    {
        builder.ToTable("HelpTickets");
        builder.Property(ticket => ticket.AskerName).HasMaxLength(200);
        builder.Property(ticket => ticket.Subject).HasMaxLength(200);
        builder.Property(ticket => ticket.Question).HasMaxLength(4000);
        builder.Property(ticket => ticket.AssignedToName).HasMaxLength(200);
        builder.Property(ticket => ticket.Version).IsConcurrencyToken();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(ticket => ticket.AskerId);
        builder.HasMany(ticket => ticket.Replies).WithOne().HasForeignKey(reply => reply.TicketId);
        builder.HasMany(ticket => ticket.Followers).WithOne().HasForeignKey(follower => follower.TicketId);
        builder.HasIndex(ticket => new { ticket.Status, ticket.CreatedAt });
        builder.HasIndex(ticket => new { ticket.AskerId, ticket.CreatedAt });
        builder.HasIndex(ticket => new { ticket.Shareable, ticket.Status });
        // The queue lists every status newest first: read in this order, its first page stops after twenty tickets.
        builder.HasIndex(ticket => new { ticket.CreatedAt, ticket.Id });
    }
}

public class TicketReplyConfiguration : IEntityTypeConfiguration<TicketReply>
{
    public void Configure(EntityTypeBuilder<TicketReply> builder)
    {
        builder.ToTable("TicketReplies");
        builder.Property(reply => reply.AuthorName).HasMaxLength(200);
        builder.Property(reply => reply.Text).HasMaxLength(4000);
        builder.Property(reply => reply.HiddenReason).HasMaxLength(500);
        builder.Property(reply => reply.HiddenByName).HasMaxLength(200);
        builder.HasIndex(reply => new { reply.TicketId, reply.CreatedAt });
    }
}

public class TicketFollowerConfiguration : IEntityTypeConfiguration<TicketFollower>
{
    public void Configure(EntityTypeBuilder<TicketFollower> builder)
    {
        builder.ToTable("TicketFollowers");
        builder.HasKey(follower => new { follower.TicketId, follower.UserId });
        builder.Property(follower => follower.UserName).HasMaxLength(200);
        // Users are deactivated, never deleted; a cascade here would give SQL Server two paths from a user to a follower row.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(follower => follower.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> builder)
    {
        builder.ToTable("CannedReplies");
        builder.Property(canned => canned.Title).HasMaxLength(100);
        builder.Property(canned => canned.Text).HasMaxLength(4000);
        builder.HasIndex(canned => canned.Title).IsUnique();
    }
}

public class FaqEntryConfiguration : IEntityTypeConfiguration<FaqEntry>
{
    public void Configure(EntityTypeBuilder<FaqEntry> builder)
    {
        builder.ToTable("FaqEntries");
        builder.Property(entry => entry.Question).HasMaxLength(500);
        builder.Property(entry => entry.Answer).HasMaxLength(4000);
        builder.Property(entry => entry.SearchText).HasMaxLength(4501);
        builder.Property(entry => entry.SuggestedByName).HasMaxLength(200);
        builder.HasIndex(entry => new { entry.Status, entry.Category });
    }
}

public class FaqFeedbackConfiguration : IEntityTypeConfiguration<FaqFeedback>
{
    public void Configure(EntityTypeBuilder<FaqFeedback> builder)
    {
        builder.ToTable("FaqFeedback");
        builder.HasKey(feedback => new { feedback.FaqEntryId, feedback.UserId });
        builder.HasOne<FaqEntry>().WithMany().HasForeignKey(feedback => feedback.FaqEntryId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(feedback => feedback.UserId);
    }
}
