// 50 posts, each with an embed loading from src, as a live blog has them. Long tasks are
// recorded from the start so that the test and the benchmark can read them.
window.longTasks = [];
new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });

const posts = document.querySelector('#posts');
const views = ['bars', 'units', 'progress', 'bars', 'timeline'];
for (let i = 0; i < 50; i++) {
  const post = document.createElement('article');
  const heading = document.createElement('h2');
  heading.textContent = `Update ${50 - i}`;
  const text = document.createElement('p');
  text.textContent = 'Reporting continues. The figures below are as published by the sources named under each chart.';
  const el = document.createElement(i % 5 === 4 ? 'contributor-map' : 'exchange-chart');
  const view = views[i % 5];
  el.setAttribute('src', view === 'timeline' ? '/data/gaza-remains-timeline.json' : '/data/gaza-exchange-2025-10-16.json');
  if (el.localName === 'exchange-chart') el.setAttribute('view', view);
  el.setAttribute('height-hint', '520');
  post.append(heading, text, el);
  posts.append(post);
}
await import('/dist/exchange-charts.js');
window.blogReady = true;
