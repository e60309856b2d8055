// Marks the page once its interactive circuit is up, so browser tests (and people) know clicks work.
window.portal = {
    circuitReady: () => document.body.setAttribute("data-circuit", "on"),
};
