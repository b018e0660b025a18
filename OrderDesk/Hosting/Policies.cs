using Microsoft.AspNetCore.Authorization;
using OrderDesk.Domain.Shared;

namespace OrderDesk.Hosting;

/// <summary>Every page and endpoint names one of these; the nav shows only what the role may open.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Orders = nameof(Orders);
    public const string SeeFullPhone = nameof(SeeFullPhone);
    public const string Admin = nameof(Admin);
    /// <summary>Quarantine, replay, sync state, pull now and reconciliation: the people who run the order gateway.</summary>
    public const string SyncOperators = nameof(SyncOperators);
    /// <summary>The scanning stations and the wave release: warehouse staff and the people who stand in for them.</summary>
    public const string Stations = nameof(Stations);
    /// <summary>Overrides at a station, breaking another station's hold, and reporting mistakes found after shipping.</summary>
    public const string Supervise = nameof(Supervise);
    /// <summary>Reading alert incidents; acknowledging them and editing rules stays with <see cref="SyncOperators"/>.</summary>
    public const string IncidentViewers = nameof(IncidentViewers);
    /// <summary>The shipping-error review: the people who answer for fulfilment accuracy.</summary>
    public const string ShippingErrorReview = nameof(ShippingErrorReview);

    public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>
    {
        [SignedIn] = [.. Roles.All],
        [Orders] = [Roles.Admin, Roles.OpsManager, Roles.Supervisor, Roles.Finance, Roles.Warehouse],
        [SeeFullPhone] = [Roles.Admin, Roles.OpsManager, Roles.Supervisor],
        [Admin] = [Roles.Admin],
        [SyncOperators] = [Roles.Admin, Roles.OpsManager],
        [Stations] = [Roles.Admin, Roles.Warehouse, Roles.Supervisor],
        [Supervise] = [Roles.Admin, Roles.Supervisor],
        [IncidentViewers] = [Roles.Admin, Roles.OpsManager, Roles.Supervisor],
        [ShippingErrorReview] = [Roles.Admin, Roles.OpsManager, Roles.Supervisor],
    };

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesOf)
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        options.FallbackPolicy = options.GetPolicy(SignedIn);
    }
}
