using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;

namespace LibraryPersonalization.Web.Features.Accounts;

public static class ResetPassword
{
    public sealed class Command : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string UserId { get; set; } = string.Empty;

        [JsonIgnore]
        public string NewPassword { get; set; } = string.Empty;

        public string Purpose => "reset passwords";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            const string PasswordRule = "The new password needs at least 8 characters, with an upper-case letter, a lower-case letter and a digit.";
            RuleFor(command => command.NewPassword).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(PasswordRule).MinimumLength(8).WithMessage(PasswordRule)
                .MaximumLength(100).WithMessage("The new password can have at most 100 characters.");
        }
    }

    public sealed class Handler(UserManager<ApplicationUser> users) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await users.FindByIdAsync(command.UserId) is not { } user)
            {
                return new NotFound("There is no such account.");
            }

            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, command.NewPassword);
            if (!reset.Succeeded)
            {
                return new Invalid(reset.Errors.Select(error => new FieldError(nameof(Command.NewPassword), error.Description)).ToList());
            }

            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return Result.Ok();
        }
    }
}

public static class SetAccountActive
{
    public sealed record Command(string UserId, bool Active) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "deactivate or reactivate accounts";
    }

    public sealed class Handler(UserManager<ApplicationUser> users, CurrentActor currentActor, LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await users.FindByIdAsync(command.UserId) is not { } user)
            {
                return new NotFound("There is no such account.");
            }

            if (!command.Active && user.Id == (await currentActor.GetAsync(cancellationToken)).UserId)
            {
                return new Conflict("You cannot deactivate your own account.");
            }

            user.IsActive = command.Active;
            await users.UpdateAsync(user);
            await users.SetLockoutEndDateAsync(user, command.Active ? null : DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            if (!command.Active)
            {
                await db.EndAllAsync(user.Id, cancellationToken);
            }

            return Result.Ok();
        }
    }
}

/// <summary>A librarian signs someone out on every browser (a shared password, a stolen phone).</summary>
public static class EndSignIns
{
    public sealed record Command(string UserId) : ICommand<Result<int>>, ILibrarianRequest
    {
        public string Purpose => "end other people's sign-ins";
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<int>>
    {
        public async ValueTask<Result<int>> Handle(Command command, CancellationToken cancellationToken) =>
            await db.Users.AnyAsync(user => user.Id == command.UserId, cancellationToken)
                ? await db.EndAllAsync(command.UserId, cancellationToken)
                : new NotFound("There is no such account.");
    }
}

public static class GrantDesignation
{
    public sealed record Command(string StudentId, EcosystemElement Element, Designation Designation) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "name student experts and committee members";
    }

    public sealed class Handler(LibraryDbContext db, UserManager<ApplicationUser> users, CurrentActor currentActor, TimeProvider clock) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await users.FindByIdAsync(command.StudentId) is not { } student || !await users.IsInRoleAsync(student, nameof(LibraryRole.Student)))
            {
                return new NotFound("Designations are for student accounts.");
            }

            if (await db.StudentDesignations.AnyAsync(held => held.StudentId == command.StudentId && held.Element == command.Element && held.Designation == command.Designation, cancellationToken))
            {
                return new Conflict($"{student.DisplayName} already holds that designation.");
            }

            db.StudentDesignations.Add(new StudentDesignation
            {
                StudentId = command.StudentId,
                Element = command.Element,
                Designation = command.Designation,
                GrantedById = (await currentActor.GetAsync(cancellationToken)).UserId,
                GrantedAt = clock.GetUtcNow(),
            });
            return Result.Ok();
        }
    }
}

public static class RevokeDesignation
{
    public sealed record Command(int DesignationId) : ICommand<Result<Unit>>, ILibrarianRequest
    {
        public string Purpose => "remove designations";
    }

    public sealed class Handler(LibraryDbContext db) : ICommandHandler<Command, Result<Unit>>
    {
        public async ValueTask<Result<Unit>> Handle(Command command, CancellationToken cancellationToken)
        {
            var designation = await db.StudentDesignations.FindAsync([command.DesignationId], cancellationToken);
            if (designation is null)
            {
                return new NotFound("That designation was already removed.");
            }

            db.StudentDesignations.Remove(designation);
            return Result.Ok();
        }
    }
}
