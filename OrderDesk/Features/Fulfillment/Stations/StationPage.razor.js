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
    let busy = false;
    let lost = false;
    let disposed = false;
    const pendingEl = root.querySelector("[data-pending]");
    const unrecordedEl = root.querySelector("[data-unrecorded]");

    const show = () => {
        root.dataset.connection = lost ? "lost" : "ok";
        input.disabled = lost;
        const pending = queue.length + (busy ? 1 : 0);
        root.dataset.pending = String(pending);
        if (pendingEl) pendingEl.textContent = String(pending);
        if (unrecordedEl) unrecordedEl.textContent = unrecorded.join(", ");
        root.dataset.unrecorded = String(unrecorded.length);
    };

    const setLost = value => {
        if (lost === value) return;
        lost = value;
        if (lost) {
            // Nothing queued will reach the server: say so instead of pretending.
            unrecorded.push(...queue.splice(0));
        }
        show();
        if (!lost) refocus();
    };

    const pump = async () => {
        if (busy || lost) return;
        busy = true;
        try {
            while (queue.length > 0 && !lost && !disposed) {
                const code = queue[0];
                show();
                let kind;
                try {
                    kind = await call(dotnet, "Scan", 20000, code);
                } catch {
                    // A heartbeat that gave up while this call was out has already listed it with the queue: list it once.
                    if (queue[0] === code) {
                        queue.shift();
                        unrecorded.push(code);
                    }
                    setLost(true);
                    break;
                }
                queue.shift();
                if (kind) beep(kind);
                if (unrecorded.length > 0 && kind) unrecorded.length = 0;
            }
        } finally {
            busy = false;
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
    const ping = setInterval(async () => {
        if (disposed || busy) return; // a scan in flight is its own test of the connection
        try {
            await call(dotnet, "Ping", 8000);
            setLost(false);
        } catch {
            setLost(true);
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
