// Set once the layout has rendered over a live circuit: tests and the UI can tell "interactive" from "prerendered".
window.orderDesk = {
    markInteractive() {
        window.__odInteractive = true;
        document.documentElement.dataset.interactive = "true";
    },
};
