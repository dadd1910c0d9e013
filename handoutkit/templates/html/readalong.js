/* Read-along for a handout page. No network, no libraries.

   The page already works without this file: every chapter and sentence is a link to the
   MP3 at its time ("x.mp3#t=12.3"), which a browser plays from there. This script:
   - turns those links into seeks in the page's own player (click, or Enter on the link);
   - marks the chapter and the sentence being read with aria-current="time";
   - while "Read along" is open, keeps the sentence being read in view.
   Times come from each link's data-start and data-end attributes (seconds), which the
   build writes from the MP3's chapters and the .vtt transcript. */
(function () {
  "use strict";

  var audio = document.querySelector("audio[data-readalong]");
  if (!audio) {
    return;
  }
  var chapters = Array.prototype.slice.call(document.querySelectorAll("a.seek.chapter"));
  var cues = Array.prototype.slice.call(document.querySelectorAll("a.seek.cue"));
  var panel = document.querySelector("details.readalong");
  var current = { chapter: null, cue: null };
  var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  function startOf(link) {
    return Number(link.getAttribute("data-start"));
  }

  function endOf(link) {
    return Number(link.getAttribute("data-end"));
  }

  /* The last link that starts at or before `time`, or null before the first one. */
  function linkAt(links, time) {
    var found = null;
    for (var i = 0; i < links.length && startOf(links[i]) <= time + 0.001; i += 1) {
      found = links[i];
    }
    return found;
  }

  function mark(kind, link) {
    if (current[kind] === link) {
      return false;
    }
    if (current[kind]) {
      current[kind].removeAttribute("aria-current");
    }
    if (link) {
      link.setAttribute("aria-current", "time");
    }
    current[kind] = link;
    return true;
  }

  function keepInView(link) {
    if (!link || !panel || !panel.open) {
      return;
    }
    var box = link.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      link.scrollIntoView({ block: "center", behavior: reduceMotion.matches ? "auto" : "smooth" });
    }
  }

  /* A sentence stays marked through the pause after it, until the next one starts. */
  function update() {
    var time = audio.currentTime;
    mark("chapter", linkAt(chapters, time));
    var cue = linkAt(cues, time);
    if (cue && time > endOf(cue) + 2) {
      cue = null; /* long past its end: the closing silence */
    }
    if (mark("cue", cue) && !audio.paused) {
      keepInView(cue);
    }
  }

  function playFrom(event) {
    if (event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return; /* let the browser open the link in a new tab or window */
    }
    event.preventDefault();
    audio.currentTime = startOf(event.currentTarget);
    update();
    var playing = audio.play();
    if (playing && playing.catch) {
      playing.catch(function () { /* the reader can still press play */ });
    }
  }

  chapters.concat(cues).forEach(function (link) {
    link.addEventListener("click", playFrom);
  });
  ["timeupdate", "seeked", "play"].forEach(function (name) {
    audio.addEventListener(name, update);
  });
  if (panel) {
    panel.addEventListener("toggle", function () { keepInView(current.cue); });
  }
})();
