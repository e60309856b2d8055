// Marks the page once its interactive circuit is up, so browser tests (and people) know clicks work.
window.portal = {
    circuitReady: () => document.body.setAttribute("data-circuit", "on"),

    // The hall display's optional announcement, in Chinese, through the browser's speech synthesis.
    speak: (text) => {
        if (!("speechSynthesis" in window)) {
            return;
        }
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = "zh-CN";
        window.speechSynthesis.speak(utterance);
    },
};
