using System.Globalization;
using System.IO.Compression;
using LibraryPersonalization.Web.Data;
using LibraryPersonalization.Web.Features.Errors;
using LibraryPersonalization.Web.Infrastructure.Pipeline;
using LibraryPersonalization.Web.Infrastructure.Shell;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog;

namespace LibraryPersonalization.Web;

public static class LibraryHost
{
    private const long MaxRequestBodyBytes = 1_000_000;

    public static WebApplicationBuilder AddLibraryServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Each host builds its own logger, so several hosts in one process (the tests) never share a frozen one.
        // A taken port is reported by Program in one line; the host's own report of it is a stack trace.
        // The console is written by a background thread: pages do not wait for the terminal or take turns for its lock.
        // Logs:JsonFile adds one JSON event per line, every property kept, for a log shipper to collect.
        builder.Host.UseSerilog(
            (context, logger) =>
            {
                logger.ReadFrom.Configuration(context.Configuration).Enrich.FromLogContext().Enrich.With<CredentialRedaction>()
                    .Filter.ByExcluding(logEvent => IsAddressInUse(logEvent.Exception))
                    .WriteTo.Async(console => console.Console(formatProvider: CultureInfo.InvariantCulture), blockWhenFull: true);
                if (context.Configuration["Logs:JsonFile"] is { Length: > 0 } jsonFile)
                {
                    logger.WriteTo.File(new Serilog.Formatting.Compact.CompactJsonFormatter(), jsonFile);
                }
            },
            preserveStaticLogger: true);

        // The site's forms are short text: nothing bigger is read, and Kestrel answers 413 (a page saying so) instead.
        var maxRequestBody = configuration.GetValue("Limits:MaxRequestBodyBytes", MaxRequestBodyBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxRequestBody);
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxRequestBody);

        // On stop (a deploy, docker stop) requests already accepted get this long to finish and save; new ones are refused.
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(configuration.GetValue("Hosting:ShutdownSeconds", 30)));

        var provider = configuration["Database:Provider"] ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Library")
            ?? throw new InvalidOperationException("ConnectionStrings:Library is not set.");
        // Pooled: a page makes several short queries, and building a context's options per request cost more than most of them.
        services.AddDbContextPool<LibraryDbContext>(options => options.UseLibraryDatabase(provider, connectionString));
        services.AddClusteredScheduler(configuration, provider, connectionString);

        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<LibraryDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<LibraryClaimsPrincipalFactory>();
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "library.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurity(builder);
        });
        services.AddServerSideSignIns();
        services.AddSingleton<Features.Account.SignInThrottle>();
        // Every instance on one database reads the same keys, so a restart or a second instance signs no one out.
        services.AddDataProtection().PersistKeysToDbContext<LibraryDbContext>().SetApplicationName("LibraryPersonalization");

        services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Conventions.Add(new RouteValuesWinConvention());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add(new AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
            })
            .AddRazorOptions(options => options.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "library.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurity(builder);
        });
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurity(builder));
        services.AddHttpsRedirection(options => options.HttpsPort = configuration.GetValue("Hosting:HttpsPort", 443));

        // Stryker disable all : mutating this call hides it from the Mediator source generator (MSG0007).
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(TransactionBehavior<,>),
            ];
        });

        // Stryker restore all
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddOwnershipChecks();
        // Stylesheets and scripts only: pages are left as they are, so no compressed response ever mixes a secret (an
        // antiforgery token, a calendar link) with text a visitor typed (BREACH), and page CPU goes to pages.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
        });
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped<CurrentActor>();
        services.AddScoped<EcosystemVolumes>();
        services.AddScoped<PolicyView>();
        services.AddScoped<ElementShell>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SchoolTime>();
        services.AddScoped<DemoSchoolSeeder>();
        services.AddLibraryHealthChecks();
        return builder;
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var seedDemoSchool = app.Configuration.GetValue("Seed:DemoSchool", false);
        if (seedDemoSchool && !app.Environment.IsDevelopment() && !app.Configuration.GetValue("Seed:AllowOutsideDevelopment", false))
        {
            throw new StartupRefusedException(
                $"Refusing to seed the demo school in the {app.Environment.EnvironmentName} environment: its accounts share a password published in the README. "
                + "Set Seed:DemoSchool=false for a real school, or also set Seed:AllowOutsideDevelopment=true for a throwaway demo.");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            EnsureSqliteFolderExists(db);
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                // Readers keep reading while a command writes; the setting is stored in the database file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                // Table statistics for the query planner, refreshed for tables that grew a lot: without them it cannot tell
                // that "bookings still running" reads far fewer rows through (ResourceId, End) than through (Status, Start).
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;");
            }
        }

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSchoolSeeder>();
        await seeder.SeedEssentialsAsync();
        if (app.Configuration["Bootstrap:LibrarianEmail"] is { Length: > 0 } librarianEmail)
        {
            await seeder.EnsureFirstLibrarianAsync(librarianEmail, app.Configuration["Bootstrap:LibrarianName"] ?? "Librarian", app.Configuration["Bootstrap:LibrarianPassword"] ?? string.Empty);
        }

        if (seedDemoSchool)
        {
            var logins = await seeder.SeedDemoSchoolAsync();
            app.Logger.LogInformation("Demo school ready. Sign in at /account/login with any of these (password {Password}): {Logins}", DemoSchoolSeeder.DemoPassword, logins);
        }
    }

    public static WebApplication UseLibraryPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue("Hosting:BehindProxy", false))
        {
            // Only behind a reverse proxy that overwrites these headers (see docs/operations.md).
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        // One event per request, through the host's logger: its levels, its redaction of calendar tokens and its JSON file.
        // Without Logger the middleware asks the static bootstrap logger, which this host never reloads: it took a lock on
        // every request and wrote unredacted addresses to the console. First in the pipeline, so a re-executed error page
        // is one event with the status sent, not two.
        var requestLogger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options => options.Logger = requestLogger);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = ErrorStatus.ForException });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        var maxRequestBody = app.Configuration.GetValue("Limits:MaxRequestBodyBytes", MaxRequestBodyBytes);
        app.Use((context, next) =>
        {
            // Kestrel refuses a big body only once it is read, and antiforgery reports any unreadable form as a 400: say 413 up front.
            if (context.Request.ContentLength > maxRequestBody && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });
        if (HttpsOnly(app.Configuration, app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        // Images may also come from the hosts tutorials are allowed to show them from (Tutorials:ImageHosts).
        var imageSources = string.Concat(app.Configuration.GetSection("Tutorials:ImageHosts").Get<string[]>()?.Where(host => Uri.CheckHostName(host) == UriHostNameType.Dns).Select(host => $" https://{host}") ?? []);
        var contentSecurityPolicy = $"default-src 'self'; img-src 'self'{imageSources}; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        app.Use((context, next) =>
        {
            // Pages load only their own script and styles, cannot be framed, and keep referrers on this site.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return next(context);
        });
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages link assets with asp-append-version (?v=<hash of the file>): a changed file gets a new address, so a
            // versioned one may be kept for a year. Anything else is checked with the server (304 when unchanged) on each use.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapLibraryHealthChecks();
        return app;
    }

    /// <summary>Outside Development the site is reached over HTTPS only (directly or through a TLS proxy), unless <c>Hosting:HttpsOnly</c> says otherwise.</summary>
    private static bool HttpsOnly(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Hosting:HttpsOnly", !environment.IsDevelopment());

    private static CookieSecurePolicy CookieSecurity(WebApplicationBuilder builder) =>
        HttpsOnly(builder.Configuration, builder.Environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>Kestrel could not listen because another process holds the port.</summary>
    public static bool IsAddressInUse(Exception? exception) => exception is IOException { InnerException: AddressInUseException };

    private static void EnsureSqliteFolderExists(LibraryDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
