// Copy buttons on code blocks.
for (const button of document.querySelectorAll('.code .copy')) {
  button.addEventListener('click', async () => {
    const code = button.closest('.code')?.querySelector('code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  });
}

// The table of contents marks the section being read.
const tocLinks = new Map(
  [...document.querySelectorAll('.toc a')].map((link) => [
    link.getAttribute('href')?.slice(1),
    link,
  ]),
);
if (tocLinks.size > 0 && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        for (const link of tocLinks.values()) link.removeAttribute('aria-current');
        tocLinks.get(entry.target.id)?.setAttribute('aria-current', 'true');
      }
    },
    { rootMargin: '-70px 0px -70% 0px' },
  );
  for (const id of tocLinks.keys()) {
    const heading = id ? document.getElementById(id) : null;
    if (heading) observer.observe(heading);
  }
}

// A table wider than the page gets a line above it saying it scrolls sideways, and can be
// scrolled from the keyboard.
const scrollHints = [...document.querySelectorAll('.table-wrap')].map((wrap) => {
  const hint = document.createElement('p');
  hint.className = 'scroll-hint';
  hint.textContent = 'Scroll the table sideways to see every column →';
  wrap.before(hint);
  return { wrap, hint };
});
function markWideTables() {
  for (const { wrap, hint } of scrollHints) {
    const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
    hint.hidden = !scrolls;
    if (scrolls) wrap.setAttribute('tabindex', '0');
    else wrap.removeAttribute('tabindex');
  }
}
markWideTables();
window.addEventListener('resize', markWideTables);
