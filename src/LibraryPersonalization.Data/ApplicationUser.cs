using Microsoft.AspNetCore.Identity;

namespace LibraryPersonalization.Data;

public class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public bool IsActive { get; set; } = true;
    public string? GradeLevel { get; set; }
}
