// Set once the layout has rendered over a live circuit: tests and the UI can tell "interactive" from "prerendered".
window.orderDesk = {
    markInteractive() {
        window.__odInteractive = true;
        document.documentElement.dataset.interactive = "true";
    },
};

// The reconnect banner's button: try the same circuit again, then a paused one, else start over.
document.addEventListener("click", async e => {
    if (e.target?.id !== "od-reconnect-retry") return;
    try {
        if (await Blazor.reconnect()) return;
        if (await Blazor.resumeCircuit?.()) return;
    } catch {
        // fall through to a reload
    }
    location.reload();
});

// A page coming back to the front after the retries ran out tries once more by itself (a tablet waking up).
document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && document.getElementById("components-reconnect-modal")?.classList.contains("components-reconnect-failed"))
        document.getElementById("od-reconnect-retry")?.click();
});
