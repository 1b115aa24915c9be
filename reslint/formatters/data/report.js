// reslint --format html: inlined into the report. No requests: it only moves text that is
// already in the page (a finding's message, why and instead) into the tooltip.
(function () {
  "use strict";
  var tip = document.getElementById("tip");

  // The first-ten-seconds panel shows page 1's picture without a second copy in the file.
  document.querySelectorAll("img[data-copy-of]").forEach(function (img) {
    var source = document.getElementById(img.getAttribute("data-copy-of"));
    if (source) { img.src = source.src; }
  });

  function entry(mark) {
    return document.getElementById(mark.getAttribute("data-finding"));
  }

  function show(mark) {
    var item = entry(mark);
    if (!item) { return; }
    tip.replaceChildren();
    item.querySelectorAll(".rule, .message, .suggestion, .why, .instead").forEach(function (part) {
      var copy = document.createElement("p");
      copy.textContent = part.textContent;
      tip.appendChild(copy);
    });
    var box = mark.getBoundingClientRect();
    tip.hidden = false;
    var left = Math.min(box.left, window.innerWidth - tip.offsetWidth - 8);
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) { top = box.top - tip.offsetHeight - 6; }
    tip.style.left = Math.max(4, left) + "px";
    tip.style.top = Math.max(4, top) + "px";
  }

  function hide() { tip.hidden = true; }

  function select(mark) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    mark.classList.add("active");
    var item = entry(mark);
    if (item) {
      item.classList.add("active");
      item.scrollIntoView({ block: "nearest" });
    }
  }

  document.querySelectorAll(".mark[data-rule]").forEach(function (mark) {
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("mouseleave", hide);
    mark.addEventListener("focus", function () { show(mark); select(mark); });
    mark.addEventListener("blur", hide);
    mark.addEventListener("click", function () { select(mark); });
  });

  // A number in the list scrolls to its box and selects it.
  document.querySelectorAll(".findings a.number").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var mark = document.getElementById(link.getAttribute("href").slice(1));
      if (!mark) { return; }
      event.preventDefault();
      mark.scrollIntoView({ block: "center" });
      select(mark);
      show(mark);
    });
  });
}());
