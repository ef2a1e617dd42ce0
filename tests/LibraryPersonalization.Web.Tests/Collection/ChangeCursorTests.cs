using LibraryPersonalization.Web.Features.Collection.Search;

namespace LibraryPersonalization.Web.Tests.Collection;

/// <summary>The search index reads the change log by id; a change committed late under a lower id must still be read.</summary>
public class ChangeCursorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_lower_id_committed_after_a_higher_one_is_looked_for_again()
    {
        var cursor = new ChangeCursor(TimeSpan.FromMinutes(1));
        cursor.Reset(10);

        cursor.Advance([11, 13], Now);

        Assert.Equal(13, cursor.Applied);
        Assert.True(cursor.HasGaps);
        Assert.Equal([12L], cursor.Gaps);

        cursor.Advance([12, 14], Now.AddSeconds(1));

        Assert.Equal(14, cursor.Applied);
        Assert.False(cursor.HasGaps);
    }

    [Fact]
    public void A_gap_from_a_rolled_back_transaction_is_given_up_after_the_patience()
    {
        var cursor = new ChangeCursor(TimeSpan.FromMinutes(1));
        cursor.Reset(0);
        cursor.Advance([2], Now);

        cursor.Advance([], Now.AddSeconds(59));
        Assert.Equal([1L], cursor.Gaps);

        cursor.Advance([], Now.AddSeconds(61));
        Assert.False(cursor.HasGaps);
        Assert.Equal(2, cursor.Applied);
    }

    [Fact]
    public void An_identity_jump_is_not_waited_for()
    {
        var cursor = new ChangeCursor(TimeSpan.FromMinutes(1));
        cursor.Reset(5);

        cursor.Advance([1_006], Now);

        Assert.False(cursor.HasGaps);
        Assert.Equal(1_006, cursor.Applied);
    }
}
