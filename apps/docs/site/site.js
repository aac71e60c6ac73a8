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
