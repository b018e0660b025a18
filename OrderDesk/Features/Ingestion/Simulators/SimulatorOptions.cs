namespace OrderDesk.Features.Ingestion.Simulators;

/// <summary>OrderDesk:Simulators — the built-in platform simulators; appsettings.sample.json documents every key.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "OrderDesk:Simulators";

    /// <summary>Null follows OrderDesk:Demo:Enabled.</summary>
    public bool? Enabled { get; set; }
    public int Seed { get; set; } = 20261124;
    /// <summary>A hosted service advances the platforms to the clock's time every <see cref="TickSeconds"/>; off: only explicit AdvanceAsync calls.</summary>
    public bool AdvanceInBackground { get; set; } = true;
    public int TickSeconds { get; set; } = 5;
    /// <summary>On a fresh simulator store, history starts this long before the first advance, so the first pull finds orders.</summary>
    public int WarmUpMinutes { get; set; } = 60;
    /// <summary>Longest stretch of missed time the platforms catch up on after the app was stopped.</summary>
    public int MaxCatchUpMinutes { get; set; } = 360;
    /// <summary>Average new orders per minute per shop over a day; the China-time hour curve shapes it (evening peak).</summary>
    public double ArrivalsPerMinute { get; set; } = 1.0;
    /// <summary>Per shop code overrides of <see cref="ArrivalsPerMinute"/>.</summary>
    public Dictionary<string, double> ShopArrivalsPerMinute { get; set; } = [];
    /// <summary>Share of order lines carrying a SKU code OrderDesk does not know.</summary>
    public double UnknownSkuRate { get; set; } = 0.01;
    public double MaskedMobileRate { get; set; } = 0.1;
    /// <summary>Taobao trades with an empty receiver_city (county-level city).</summary>
    public double EmptyCityRate { get; set; } = 0.03;
    public SimulatorChangeRates Changes { get; set; } = new();
    public SimulatorFaultRates Faults { get; set; } = new();
    public SimulatorPushOptions Push { get; set; } = new();
}

/// <summary>How orders move after they are placed.</summary>
public sealed class SimulatorChangeRates
{
    /// <summary>Taobao/Tmall and web shop orders placed unpaid (PDD and JD only list paid orders).</summary>
    public double Unpaid { get; set; } = 0.3;
    /// <summary>Unpaid orders never paid and closed by the platform.</summary>
    public double NeverPaid { get; set; } = 0.2;
    /// <summary>Paid orders whose buyer asks for a refund (before or after shipping).</summary>
    public double Refund { get; set; } = 0.05;
    /// <summary>Refund requests the seller refuses (the order goes on).</summary>
    public double RefundRefused { get; set; } = 0.3;
    /// <summary>Paid orders whose buyer changes the address before shipping.</summary>
    public double AddressChange { get; set; } = 0.02;
    public double ShipAfterMinHours { get; set; } = 1;
    public double ShipAfterMaxHours { get; set; } = 30;
}

/// <summary>Fault rates (0–1); every one can be changed at runtime through <see cref="SimulatorFaults"/>.</summary>
public sealed class SimulatorFaultRates
{
    /// <summary>Pull answered as rate limited: TOP code 7 "This ban will last for N more seconds"; PDD, JD and web shop HTTP 429 with Retry-After.</summary>
    public double RateLimit { get; set; } = 0.02;
    public int RateLimitSeconds { get; set; } = 5;
    /// <summary>Pull answered with HTTP 503.</summary>
    public double ServerError { get; set; } = 0.02;
    /// <summary>Pull answered correctly after <see cref="SlowMilliseconds"/>.</summary>
    public double Slow { get; set; } = 0.03;
    public int SlowMilliseconds { get; set; } = 3000;
    /// <summary>A change whose modified time is backdated 1–5 minutes, into a window a pull may already have served.</summary>
    public double LateChange { get; set; } = 0.03;
    /// <summary>Web shop: a webhook delivered twice with the same X-Shopify-Webhook-Id (half the time concurrently).</summary>
    public double Duplicate { get; set; } = 0.03;
    /// <summary>Web shop: orders/paid delivered before orders/create; other topics delayed.</summary>
    public double OutOfOrder { get; set; } = 0.03;
    /// <summary>Web shop: a webhook body that is not JSON or breaks the schema (no id, quantity as a string).</summary>
    public double Malformed { get; set; } = 0.02;
}

/// <summary>The web shop's webhook sender.</summary>
public sealed class SimulatorPushOptions
{
    /// <summary>Where webhooks go instead of this app's own address (tests' receivers); empty: this app.</summary>
    public string TargetBaseUrl { get; set; } = "";
    public int TimeoutSeconds { get; set; } = 5;
    public int MaxAttempts { get; set; } = 8;
    /// <summary>First retry delay; it doubles after every failed try (Shopify spreads 8 tries over 4 hours; the demo is quicker).</summary>
    public int FirstRetrySeconds { get; set; } = 2;
}
