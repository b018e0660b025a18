// The Blazor side of ApexChart.razor. ApexCharts ships as a UMD file (wwwroot/lib, copied from
// wwwroot-assets by the build); it is loaded once per page by a script tag, never from a CDN.

let library;

function loadLibrary() {
    if (window.ApexCharts) return Promise.resolve(window.ApexCharts);
    library ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = new URL("lib/apexcharts/apexcharts.min.js", document.baseURI).href;
        script.onload = () => resolve(window.ApexCharts);
        script.onerror = () => {
            library = undefined; // let the next chart try again
            reject(new Error("lib/apexcharts/apexcharts.min.js could not be loaded"));
        };
        document.head.appendChild(script);
    });
    return library;
}

// JSON cannot carry functions, so options name a formatter and get it here.
const formatters = {
    integer: v => v == null || isNaN(v) ? "" : Math.round(v).toLocaleString(),
    yuan: v => v == null || isNaN(v) ? "" : "¥" + Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    percent: v => v == null || isNaN(v) ? "" : Math.round(v) + "%",
};

function withFormatters(value) {
    if (Array.isArray(value)) return value.map(withFormatters);
    if (value && typeof value === "object") {
        const result = {};
        for (const [key, inner] of Object.entries(value)) {
            result[key] = key === "formatter" && typeof inner === "string" && formatters[inner]
                ? formatters[inner]
                : withFormatters(inner);
        }
        return result;
    }
    return value;
}

// MudBlazor writes its palette as CSS variables; a dark background means dark mode.
function palette() {
    const style = getComputedStyle(document.documentElement);
    const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    const background = read("--mud-palette-surface", "#ffffff");
    return {
        dark: luminance(background) < 0.4,
        text: read("--mud-palette-text-secondary", "#5b6b86"),
        grid: read("--mud-palette-lines-default", "#e0e0e0"),
    };
}

// A canvas normalises any CSS colour to #rrggbb or rgba(); unlike a probe element it does not touch
// the DOM, which the theme observer below watches.
const probe = document.createElement("canvas").getContext("2d");

function luminance(color) {
    probe.fillStyle = "#ffffff";
    probe.fillStyle = color;
    const value = probe.fillStyle;
    const rgb = value.startsWith("#")
        ? [1, 3, 5].map(i => parseInt(value.slice(i, i + 2), 16))
        : value.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    return (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
}

function themed(options) {
    const colors = palette();
    return {
        ...options,
        chart: { background: "transparent", foreColor: colors.text, fontFamily: "inherit", ...options.chart },
        theme: { mode: colors.dark ? "dark" : "light", ...options.theme },
        grid: { borderColor: colors.grid, ...options.grid },
        tooltip: { theme: colors.dark ? "dark" : "light", ...options.tooltip },
    };
}

function pointCount(series) {
    if (!Array.isArray(series)) return 0;
    return series.reduce((sum, s) => sum + (typeof s === "number" ? 1 : (s?.data?.length ?? 0)), 0);
}

function build(optionsJson, seriesJson) {
    const { height, options } = JSON.parse(optionsJson);
    const series = JSON.parse(seriesJson);
    const full = themed(withFormatters(options ?? {}));
    full.chart = { ...full.chart, height };
    full.series = series;
    return { full, series };
}

function mark(element, state) {
    element.dataset.rendered = "true";
    element.dataset.points = String(pointCount(state.series));
}

const states = new WeakMap();

export async function create(element, optionsJson, seriesJson) {
    const state = { destroyed: false, optionsJson, seriesJson };
    states.set(element, state);
    const ApexCharts = await loadLibrary();
    if (state.destroyed) return;

    const { full, series } = build(optionsJson, seriesJson);
    state.series = series;
    state.chart = new ApexCharts(element, full);
    await state.chart.render();
    if (state.destroyed) return;
    mark(element, state);

    // The theme switch rewrites MudBlazor's CSS variables; follow it without a round trip to the server.
    state.dark = full.theme.mode === "dark";
    state.observer = new MutationObserver(() => {
        const dark = palette().dark;
        if (dark === state.dark || !state.chart) return;
        state.dark = dark;
        state.chart.updateOptions(build(state.optionsJson, state.seriesJson).full, false, false);
    });
    const themeStyle = document.querySelector("style.mud-theme-provider");
    if (themeStyle) state.observer.observe(themeStyle, { subtree: true, childList: true, characterData: true });
    state.observer.observe(document.body, { childList: true });
}

export async function updateOptions(element, optionsJson, seriesJson) {
    const state = states.get(element);
    if (!state?.chart) return;
    state.optionsJson = optionsJson;
    state.seriesJson = seriesJson;
    const { full, series } = build(optionsJson, seriesJson);
    state.series = series;
    await state.chart.updateOptions(full);
    mark(element, state);
}

export async function updateSeries(element, seriesJson) {
    const state = states.get(element);
    if (!state?.chart) return;
    state.seriesJson = seriesJson;
    state.series = JSON.parse(seriesJson);
    await state.chart.updateSeries(state.series);
    mark(element, state);
}

export function destroy(element) {
    const state = states.get(element);
    if (!state) return;
    state.destroyed = true;
    state.observer?.disconnect();
    state.chart?.destroy();
    state.chart = undefined;
    states.delete(element);
}
