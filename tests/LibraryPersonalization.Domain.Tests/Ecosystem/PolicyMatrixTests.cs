using LibraryPersonalization.Domain.Ecosystem;

namespace LibraryPersonalization.Domain.Tests.Ecosystem;

/// <summary>Every action × volume × role × designation, checked against the hand-written product table.</summary>
public class PolicyMatrixTests
{
    public static TheoryData<GatedAction, Volume, LibraryRole, bool> EveryCombination()
    {
        var data = new TheoryData<GatedAction, Volume, LibraryRole, bool>();
        foreach (var action in Enum.GetValues<GatedAction>())
        {
            foreach (var volume in Enum.GetValues<Volume>())
            {
                foreach (var role in Enum.GetValues<LibraryRole>())
                {
                    data.Add(action, volume, role, false);
                    data.Add(action, volume, role, true);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Decide_allows_exactly_what_the_product_table_allows(GatedAction action, Volume volume, LibraryRole role, bool holdsEveryDesignationInTheElement)
    {
        var row = ProductPolicyTable.For(action);
        var actor = holdsEveryDesignationInTheElement
            ? Actors.With(role, Enum.GetValues<Designation>().Select(designation => (row.Element, designation)).ToArray())
            : Actors.With(role);

        var expected = role switch
        {
            LibraryRole.Librarian => true,
            LibraryRole.Teacher => ProductPolicyTable.Reaches(volume, row.Teachers),
            _ => ProductPolicyTable.Reaches(volume, row.Students) && (row.Designation is null || holdsEveryDesignationInTheElement),
        };

        Assert.Equal(expected, StudentAgencyPolicy.Decide(action, actor, volume).IsAllowed);
    }
}
