// newsfacts reader: small niceties over pages that work without script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Pointing at an entity lights up all its mentions in the text.
  const lit = (id, on) => {
    document.querySelectorAll(`mark[data-entity="${CSS.escape(id)}"]`)
      .forEach((mark) => mark.classList.toggle("lit", on));
  };
  document.querySelectorAll("[data-entity]").forEach((node) => {
    const id = node.dataset.entity;
    for (const [event, on] of [["mouseenter", true], ["mouseleave", false], ["focus", true], ["blur", false]]) {
      node.addEventListener(event, () => lit(id, on));
    }
  });
  // A tap on a quote (phones have no hover) shows and hides its speaker.
  document.querySelectorAll(".quote").forEach((quote) => {
    quote.addEventListener("click", () => quote.parentElement.classList.toggle("open"));
    quote.addEventListener("keydown", (event) => {
      if (event.key === "Escape") { quote.parentElement.classList.remove("open"); quote.blur(); }
    });
  });
  // Extraction takes a few seconds: say so, and keep the button from being pressed twice.
  const form = document.querySelector("form.extract");
  if (form) {
    form.addEventListener("submit", () => {
      const status = document.getElementById("extract-status");
      if (status) status.textContent = "Extracting… this takes a few seconds.";
      form.querySelector("button[type=submit]").disabled = true;
    });
  }
});
