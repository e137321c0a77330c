/* thiduua: the site search answers text however it arrives in the field.
   Material 9.8.2 reads the search field on "keyup" only. Vietnamese text often comes without one:
   a word pasted from the context menu or a long press, a syllable an IME (Telex, VNI, a phone
   keyboard) composes and commits, a suggestion tapped on a phone keyboard, letters such as "õ"
   that a keyboard inserts without a key event. Each of these fires "input" (or "compositionend");
   here they are passed on to Material as the "keyup" it listens to. While an IME is still
   composing, nothing is sent: the search runs on the committed syllable. Material ignores a
   value it has already searched, so a real keyup after this one costs nothing. */
(function () {
  "use strict";

  function init() {
    var field = document.querySelector("input.md-search__input");
    if (!field || field.dataset.thiduuaInput) return;
    field.dataset.thiduuaInput = "1";
    var composing = false;

    function tell() {
      field.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }

    field.addEventListener("compositionstart", function () { composing = true; });
    field.addEventListener("compositionend", function () {
      composing = false;
      tell();
    });
    field.addEventListener("input", function (event) {
      if (composing || event.isComposing) return;
      tell();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
