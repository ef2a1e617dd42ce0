using LibraryPersonalization.Domain.Ecosystem;

namespace LibraryPersonalization.Domain.Tests.Ecosystem;

public class StudentAgencyPolicyTests
{
    [Fact]
    public void Every_gated_action_has_exactly_one_rule()
    {
        var rulesPerAction = StudentAgencyPolicy.Rules
            .GroupBy(rule => rule.Action)
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.All(Enum.GetValues<GatedAction>(), action =>
            Assert.True(rulesPerAction.GetValueOrDefault(action) == 1, $"{action} has {rulesPerAction.GetValueOrDefault(action)} rules."));
    }

    [Fact]
    public void The_product_table_in_these_tests_covers_every_gated_action_once()
    {
        Assert.Equal(
            Enum.GetValues<GatedAction>().Order(),
            ProductPolicyTable.Rows.Select(row => row.Action).Order());
    }

    public static TheoryData<GatedAction> EveryAction() => new(Enum.GetValues<GatedAction>());

    [Theory]
    [MemberData(nameof(EveryAction))]
    public void Each_rule_sits_in_the_element_and_asks_for_the_designation_the_product_table_gives(GatedAction action)
    {
        var expected = ProductPolicyTable.For(action);
        var rule = StudentAgencyPolicy.RuleFor(action);

        Assert.Equal(expected.Element, rule.Element);
        Assert.Equal(expected.Designation, rule.StudentDesignation);
    }

    [Fact]
    public void A_student_suggesting_a_purchase_at_librarian_generated_is_told_it_opens_at_cocreated()
    {
        var decision = StudentAgencyPolicy.Decide(GatedAction.SubmitBookRequest, Actors.Student, Volume.LibrarianGenerated);

        Assert.False(decision.IsAllowed);
        Assert.Equal(DenialReason.VolumeTooLow, decision.Denial);
        Assert.Contains("Cocreated", decision.Explanation(LibraryRole.Student), StringComparison.Ordinal);
    }

    [Fact]
    public void A_teacher_may_not_vote_on_book_requests_at_any_volume()
    {
        Assert.All(Enum.GetValues<Volume>(), volume =>
            Assert.Equal(DenialReason.NotForRole, StudentAgencyPolicy.Decide(GatedAction.VoteOnBookRequest, Actors.Teacher, volume).Denial));
    }

    [Fact]
    public void A_student_off_the_selection_committee_may_not_decide_book_requests_even_at_student_generated()
    {
        var decision = StudentAgencyPolicy.Decide(GatedAction.DecideBookRequest, Actors.Student, Volume.StudentGenerated);

        Assert.Equal(DenialReason.MissingDesignation, decision.Denial);
    }

    [Fact]
    public void A_selection_committee_seat_in_another_element_does_not_let_a_student_decide_book_requests()
    {
        var student = Actors.With(LibraryRole.Student, (EcosystemElement.MediaLab, Designation.SelectionCommittee));

        var decision = StudentAgencyPolicy.Decide(GatedAction.DecideBookRequest, student, Volume.StudentGenerated);

        Assert.Equal(DenialReason.MissingDesignation, decision.Denial);
    }

    [Fact]
    public void A_collection_expert_is_not_thereby_on_the_selection_committee()
    {
        var student = Actors.With(LibraryRole.Student, (EcosystemElement.Collection, Designation.Expert));

        var decision = StudentAgencyPolicy.Decide(GatedAction.DecideBookRequest, student, Volume.StudentGenerated);

        Assert.Equal(DenialReason.MissingDesignation, decision.Denial);
    }

    [Fact]
    public void A_student_on_the_collection_selection_committee_may_decide_book_requests_at_student_generated()
    {
        var student = Actors.With(LibraryRole.Student, (EcosystemElement.Collection, Designation.SelectionCommittee));

        var decision = StudentAgencyPolicy.Decide(GatedAction.DecideBookRequest, student, Volume.StudentGenerated);

        Assert.True(decision.IsAllowed);
    }

    public static TheoryData<EcosystemElement, Volume> EveryElementAndVolume()
    {
        var data = new TheoryData<EcosystemElement, Volume>();
        foreach (var element in Enum.GetValues<EcosystemElement>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                data.Add(element, volume);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryElementAndVolume))]
    public void Unlocked_for_students_lists_exactly_the_actions_that_open_at_that_stop(EcosystemElement element, Volume volume)
    {
        var expected = ProductPolicyTable.Rows
            .Where(row => row.Element == element && row.Students == volume)
            .Select(row => row.Action)
            .Order();

        var unlocked = StudentAgencyPolicy.UnlockedForStudentsAt(element, volume).Select(rule => rule.Action).Order();

        Assert.Equal(expected, unlocked);
    }

    public static TheoryData<LibraryRole, EcosystemElement> EveryRoleAndElement()
    {
        var data = new TheoryData<LibraryRole, EcosystemElement>();
        foreach (var role in Enum.GetValues<LibraryRole>())
        {
            foreach (var element in Enum.GetValues<EcosystemElement>())
            {
                data.Add(role, element);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndElement))]
    public void What_is_open_to_a_role_only_grows_as_the_volume_rises(LibraryRole role, EcosystemElement element)
    {
        var volumes = ProductPolicyTable.VolumesInOrder;
        for (var i = 1; i < volumes.Count; i++)
        {
            var lower = StudentAgencyPolicy.OpenTo(role, element, volumes[i - 1]).Select(rule => rule.Action).ToHashSet();
            var higher = StudentAgencyPolicy.OpenTo(role, element, volumes[i]).Select(rule => rule.Action).ToHashSet();

            Assert.Subset(higher, lower);
        }
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndElement))]
    public void What_is_open_to_a_role_matches_the_product_table_at_every_volume(LibraryRole role, EcosystemElement element)
    {
        foreach (var volume in ProductPolicyTable.VolumesInOrder)
        {
            var expected = ProductPolicyTable.Rows
                .Where(row => row.Element == element)
                .Where(row => role switch
                {
                    LibraryRole.Librarian => true,
                    LibraryRole.Teacher => ProductPolicyTable.Reaches(volume, row.Teachers),
                    _ => ProductPolicyTable.Reaches(volume, row.Students),
                })
                .Select(row => row.Action)
                .Order();

            Assert.Equal(expected, StudentAgencyPolicy.OpenTo(role, element, volume).Select(rule => rule.Action).Order());
        }
    }
}
