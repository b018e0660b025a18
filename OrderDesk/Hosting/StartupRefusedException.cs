namespace OrderDesk.Hosting;

/// <summary>The app must not start as configured; the message is the one line the operator needs.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
