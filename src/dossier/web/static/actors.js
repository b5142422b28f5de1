// Actor names for the filter bars' text boxes, asked of /api/actors as the user types.
(function () {
  'use strict';
  const list = document.getElementById('actor-names');
  if (!list) return;
  let timer = null;
  let last = '';
  document.querySelectorAll('input[list="actor-names"]').forEach(function (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || q === last) return;
      timer = setTimeout(function () {
        last = q;
        fetch('/api/actors?limit=15&q=' + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { actors: [] }; })
          .then(function (body) {
            list.replaceChildren.apply(list, body.actors.map(function (a) {
              const option = document.createElement('option');
              option.value = a.kind === 'country' && a.country ? a.country : a.name;
              option.label = a.name + (a.country ? ' (' + a.country + ')' : '') + ', ' + a.count + '×';
              return option;
            }));
          })
          .catch(function () { /* suggestions are a convenience: typing still works */ });
      }, 200);
    });
  });
})();
