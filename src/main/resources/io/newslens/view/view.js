// Optional: picking an entity in the panel highlights all its mentions.
document.documentElement.classList.add('js');
document.querySelectorAll('.ents li').forEach(function (li) {
  li.querySelector('a.name').addEventListener('click', function () {
    document.querySelectorAll('mark.hl').forEach(function (m) { m.classList.remove('hl'); });
    document.querySelectorAll('#body mark[data-entity="' + CSS.escape(li.dataset.entity) + '"]').forEach(function (m) {
      m.classList.add('hl');
    });
  });
});
