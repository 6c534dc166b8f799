// On a phone the header's menu folds away behind a 菜单 button; without this script it stays open.
(function () {
  document.documentElement.classList.add('js');
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('#menu-toggle');
    if (!toggle) {
      return;
    }
    var header = toggle.closest('header');
    var open = !header.classList.contains('open');
    header.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
})();
