// The station's scan input: a USB scanner types a whole code and Enter within milliseconds, and sometimes several
// codes back to back. Each Enter takes the code out of the input at once (the next code types into an empty box),
// queues it, and the queue is sent to the server strictly one at a time, in order. A code counts only when the
// server answered; when the circuit drops, the input is disabled and unanswered codes are listed as not recorded.

let audio;

// A call to the circuit that gives up: while disconnected, an invocation may wait forever instead of failing.
function call(dotnet, method, ms, ...args) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("timeout")), ms); });
    return Promise.race([dotnet.invokeMethodAsync(method, ...args), timeout]).finally(() => clearTimeout(timer));
}

export function beep(kind) {
    try {
        audio ??= new (window.AudioContext || window.webkitAudioContext)();
        if (audio.state === "suspended") audio.resume().catch(() => { });
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        const blocked = kind === "blocked";
        osc.type = blocked ? "square" : "sine";
        osc.frequency.value = blocked ? 150 : kind === "ok" ? 1320 : 660;
        const length = blocked ? 0.45 : 0.1;
        gain.gain.setValueAtTime(blocked ? 0.25 : 0.2, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + length);
        osc.connect(gain).connect(audio.destination);
        // A running AudioContext keeps rendering silence after the beep (CPU on a tablet's battery): suspend it
        // until the next answer.
        osc.onended = () => { if (audio.state === "running") audio.suspend().catch(() => { }); };
        osc.start();
        osc.stop(audio.currentTime + length);
    } catch {
        // No sound (no audio device, a headless browser): the colour and the text still say it.
    }
}

export function attach(root, input, dotnet) {
    const queue = [];
    const unrecorded = [];
    let inFlight = null; // the code whose answer is awaited
    let busy = false;
    let lost = false;
    let disposed = false;
    // Grows each time the connection is given up: a call sent before that belongs to a pump that no longer counts.
    let epoch = 0;
    const pendingEl = root.querySelector("[data-pending]");
    const unrecordedEl = root.querySelector("[data-unrecorded]");

    const show = () => {
        root.dataset.connection = lost ? "lost" : "ok";
        input.disabled = lost;
        const pending = queue.length + (inFlight === null ? 0 : 1);
        root.dataset.pending = String(pending);
        if (pendingEl) pendingEl.textContent = String(pending);
        if (unrecordedEl) unrecordedEl.textContent = unrecorded.join(", ");
        root.dataset.unrecorded = String(unrecorded.length);
    };

    // A code the server answered was recorded, whatever the list said while the line was down.
    const recorded = code => {
        for (let i = unrecorded.indexOf(code); i >= 0; i = unrecorded.indexOf(code)) unrecorded.splice(i, 1);
    };

    const setLost = value => {
        if (lost === value) return;
        lost = value;
        if (lost) {
            // Nothing in flight or queued can be counted on: say so instead of pretending, and let a new pump start
            // once the line is back instead of waiting for the old call to give up.
            epoch++;
            busy = false;
            if (inFlight !== null) unrecorded.push(inFlight);
            inFlight = null;
            unrecorded.push(...queue.splice(0));
        }
        show();
        if (!lost) {
            refocus();
            pump();
        }
    };

    const pump = async () => {
        if (busy || lost) return;
        busy = true;
        const mine = epoch;
        try {
            while (queue.length > 0 && !lost && !disposed) {
                const code = queue.shift();
                inFlight = code;
                show();
                let kind;
                try {
                    kind = await call(dotnet, "Scan", 20000, code);
                } catch {
                    if (mine === epoch) {
                        inFlight = null;
                        unrecorded.push(code);
                        setLost(true);
                    }
                    return;
                }
                if (kind) recorded(code);
                if (mine !== epoch) {
                    // The answer came after the line was given up (and the code listed): it counts, the list says so.
                    show();
                    return;
                }
                inFlight = null;
                if (kind) beep(kind);
            }
        } finally {
            if (mine === epoch) busy = false;
            show();
        }
    };

    const onKey = e => {
        if (e.key !== "Enter") return;
        e.preventDefault();
        const code = input.value.trim();
        input.value = "";
        if (code.length === 0 || lost) return;
        queue.push(code);
        show();
        pump();
    };

    const dialogOpen = () => document.querySelector(".mud-dialog-container, [role=dialog], .mud-popover-open") !== null;
    const editable = el => el && el !== input && (el.matches("input, textarea, select, [contenteditable=true]"));
    const refocus = () => {
        if (disposed || lost || dialogOpen() || editable(document.activeElement)) return;
        if (document.activeElement !== input) input.focus({ preventScroll: true });
    };
    const onBlur = () => setTimeout(refocus, 0);
    const onDocClick = () => setTimeout(refocus, 0);

    const onReconnect = e => {
        const state = e.detail?.state;
        if (state === "hide") return;
        if (state) setLost(true);
    };

    // A ping every two seconds: a dropped circuit shows within seconds even when nobody scans.
    // Also while a scan is out: a silent network (no close, no answer) shows within ten seconds, not the scan's twenty.
    // One ping at a time, so a late failure from before a reconnection cannot lock the station again after it.
    let pinging = false;
    const ping = setInterval(async () => {
        if (disposed || pinging) return;
        pinging = true;
        try {
            await call(dotnet, "Ping", 8000);
            setLost(false);
        } catch {
            setLost(true);
        } finally {
            pinging = false;
        }
        refocus();
    }, 2000);

    input.addEventListener("keydown", onKey);
    input.addEventListener("blur", onBlur);
    document.addEventListener("click", onDocClick);
    document.addEventListener("components-reconnect-state-changed", onReconnect, true);
    show();
    refocus();

    return {
        focus: refocus,
        dispose() {
            disposed = true;
            clearInterval(ping);
            input.removeEventListener("keydown", onKey);
            input.removeEventListener("blur", onBlur);
            document.removeEventListener("click", onDocClick);
            document.removeEventListener("components-reconnect-state-changed", onReconnect, true);
        },
    };
}
