// 无障碍工具栏 and 长者模式: the reader's display choices as classes on <html>, remembered in a cookie
// (a year) so the server renders them at once on the next page. Small on purpose: no framework.
(function () {
  "use strict";
  var COOKIE = "jx-display";
  var SIZES = ["text-large", "text-medium", "text-small"];
  var root = document.documentElement;

  function choices() {
    return root.className.split(/\s+/).filter(function (c) { return c; });
  }

  function save(list) {
    var value = list.join(".");
    document.cookie = COOKIE + "=" + value + "; path=/; max-age=" + (value ? 31536000 : 0) + "; SameSite=Lax";
  }

  function show() {
    var current = choices();
    document.querySelectorAll("[data-display]").forEach(function (button) {
      var name = button.getAttribute("data-display");
      if (name === "reset") { return; }
      var on = name === "text-medium"
        ? !current.some(function (c) { return c === "text-large" || c === "text-small"; })
        : current.indexOf(name) >= 0;
      button.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  function choose(name) {
    var current = choices();
    if (name === "reset") {
      current = [];
    } else if (SIZES.indexOf(name) >= 0) {
      current = current.filter(function (c) { return SIZES.indexOf(c) < 0; });
      if (name !== "text-medium") { current.push(name); }
    } else if (current.indexOf(name) >= 0) {
      current = current.filter(function (c) { return c !== name; });
    } else {
      current.push(name);
    }
    root.className = current.join(" ");
    save(current);
    show();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var toolbar = document.getElementById("a11y-toolbar");
    if (toolbar) {
      toolbar.hidden = false;
      toolbar.addEventListener("click", function (event) {
        var button = event.target.closest("[data-display]");
        if (button) { choose(button.getAttribute("data-display")); }
      });
      show();
    }
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
