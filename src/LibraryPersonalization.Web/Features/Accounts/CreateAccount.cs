using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace LibraryPersonalization.Web.Features.Accounts;

public static class CreateAccount
{
    public sealed class Command : ICommand<Result<string>>, ILibrarianRequest
    {
        public string DisplayName { get; set; } = string.Empty;
        public string Email { get; set; } = string.Empty;
        public LibraryRole Role { get; set; } = LibraryRole.Student;
        public string? GradeLevel { get; set; }

        [JsonIgnore]
        public string TemporaryPassword { get; set; } = string.Empty;

        public string Purpose => "create accounts";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(command => command.DisplayName).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(100);
            RuleFor(command => command.Email).NotEmpty().WithMessage("Enter an email address.")
                .MaximumLength(256).WithMessage("The email address can have at most 256 characters.")
                .EmailAddress().WithMessage("Enter a valid email address.");
            RuleFor(command => command.GradeLevel).MaximumLength(20).WithMessage("The grade level can have at most 20 characters.");
            RuleFor(command => command.Role).IsInEnum();
            const string PasswordRule = "The temporary password needs at least 8 characters, with an upper-case letter, a lower-case letter and a digit.";
            RuleFor(command => command.TemporaryPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(PasswordRule).MinimumLength(8).WithMessage(PasswordRule)
                .MaximumLength(100).WithMessage("The temporary password can have at most 100 characters.");
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users) : ICommandHandler<Command, Result<string>>
    {
        public async ValueTask<Result<string>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await users.FindByEmailAsync(command.Email) is not null)
            {
                return new Invalid(nameof(Command.Email), "An account with this email already exists.");
            }

            var user = new ApplicationUser
            {
                UserName = command.Email,
                Email = command.Email,
                EmailConfirmed = true,
                DisplayName = command.DisplayName.Trim(),
                GradeLevel = command.Role == LibraryRole.Student ? command.GradeLevel : null,
            };
            var created = await users.CreateAsync(user, command.TemporaryPassword);
            if (!created.Succeeded)
            {
                return new Invalid(created.Errors.Select(error => new FieldError(nameof(Command.TemporaryPassword), error.Description)).ToList());
            }

            await users.AddToRoleAsync(user, command.Role.ToString());
            return user.Id;
        }
    }
}
