namespace LibraryPersonalization.Domain.Ecosystem;

public enum DenialReason
{
    VolumeTooLow,
    NotForRole,
    MissingDesignation,
}

public sealed record PolicyDecision(PolicyRule Rule, Volume CurrentVolume, DenialReason? Denial)
{
    public bool IsAllowed => Denial is null;

    public string Explanation(LibraryRole role)
    {
        var element = Rule.Element.DisplayName();
        return Denial switch
        {
            null => $"Allowed: {Rule.Description}.",
            DenialReason.VolumeTooLow =>
                $"\"{Rule.Description}\" opens when {element} is turned up to {Rule.LowestVolumeFor(role)!.Value.DisplayName()}. It is {CurrentVolume.DisplayName()} now.",
            DenialReason.MissingDesignation =>
                $"\"{Rule.Description}\" is for students the librarian has named to the {element} {Rule.StudentDesignation!.Value.DisplayName().ToLowerInvariant()}.",
            _ => $"\"{Rule.Description}\" is not open to {role.ToString().ToLowerInvariant()}s at any volume.",
        };
    }
}
