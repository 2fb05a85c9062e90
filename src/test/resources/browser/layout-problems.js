// Returns what a user would stumble over on the page as shown: content wider than the screen,
// grids whose columns do not fit, text cut off, and elements drawn over one another.
// Regions marked with the class "sideways" scroll sideways on purpose (a budget sheet on a phone).
const problems = [];
const width = window.innerWidth;
const layout = document.querySelector('vaadin-app-layout');
const drawerHidden = layout && (!layout.drawerOpened || layout.overlay);

function describe(el) {
  const id = el.id ? '#' + el.id : '';
  const classes = typeof el.className === 'string' && el.className.trim()
      ? '.' + el.className.trim().split(/\s+/).join('.') : '';
  const text = (el.innerText || el.value || el.label || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return el.tagName.toLowerCase() + id + classes + (text ? ' "' + text + '"' : '');
}
function shown(el) {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none' && style.opacity !== '0';
}
function skipped(el) {
  return el.closest('vaadin-dialog-overlay, vaadin-notification-card, vaadin-tooltip-overlay,'
      + ' vaadin-popover-overlay, vaadin-context-menu-overlay, .sideways, .fc, .echart,'
      + ' vaadin-grid, vaadin-tabs, vaadin-dev-tools, copilot-main, vaadin-connection-indicator,'
      + ' script, style, [hidden]')
      || (drawerHidden && el.closest('[slot=drawer]'));
}

if (document.documentElement.scrollWidth > width + 1) {
  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in ' + width);
}

const all = [...document.querySelectorAll('body *')].filter(el => !skipped(el) && shown(el));
for (const el of all) {
  const r = el.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) {
    // report the outermost element only
    const parent = el.parentElement;
    const pr = parent ? parent.getBoundingClientRect() : null;
    if (!pr || (pr.right <= width + 1 && pr.left >= -1)) {
      problems.push('outside the screen: ' + describe(el) + ' spans ' + Math.round(r.left) + '–' + Math.round(r.right));
    }
  }
  const style = getComputedStyle(el);
  const clips = ['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX);
  if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'VAADIN-APP-LAYOUT'
      && !el.matches('html, body, vaadin-scroller, [slot=drawer] *')) {
    problems.push('cut off: ' + describe(el) + ' needs ' + el.scrollWidth + ' px, has ' + el.clientWidth);
  }
}

// Grids: every column fits, and no header is cut.
for (const grid of document.querySelectorAll('vaadin-grid')) {
  if (!shown(grid) || grid.closest('.sideways, vaadin-dialog-overlay') || (drawerHidden && grid.closest('[slot=drawer]'))) continue;
  const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
  if (table && table.scrollWidth > table.clientWidth + 1) {
    problems.push('grid columns wider than the grid: ' + describe(grid) + ' ' + table.scrollWidth + ' px in ' + table.clientWidth);
  }
  const gr = grid.getBoundingClientRect();
  if (gr.right > width + 1) {
    problems.push('grid outside the screen: ' + describe(grid));
  }
  for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
    const cell = content.assignedSlot && content.assignedSlot.parentElement;
    if (!cell || cell.tagName !== 'TH' || !shown(content)) continue;
    const sorter = content.querySelector('vaadin-grid-sorter');
    const inner = sorter && sorter.shadowRoot ? sorter.shadowRoot.querySelector('[part=content]') : null;
    const cut = content.scrollWidth > content.clientWidth + 1
        || (inner && inner.scrollWidth > inner.clientWidth + 1);
    if (cut) problems.push('grid header cut: ' + describe(content) + ' in ' + describe(grid));
  }
}

// Calendars and charts draw their own insides; they must fit the screen and show every day.
for (const widget of document.querySelectorAll('.fc, .echart')) {
  if (!shown(widget) || widget.closest('.sideways')) continue;
  const r = widget.getBoundingClientRect();
  if (r.right > width + 1 || r.left < -1) problems.push('outside the screen: ' + describe(widget));
  for (const scroller of widget.querySelectorAll('.fc-scroller')) {
    if (scroller.scrollWidth > scroller.clientWidth + 1) {
      problems.push('calendar cut off: ' + describe(widget) + ' needs ' + scroller.scrollWidth + ' px, has ' + scroller.clientWidth);
    }
  }
}

// Overlaps between the smallest things a user reads or uses (a count badge sits on its bell on
// purpose).
const leaves = all.filter(el => {
  if (el.matches('.notification-count')) return false;
  if (el.matches('vaadin-text-field, vaadin-text-area, vaadin-select, vaadin-combo-box,'
      + ' vaadin-date-picker, vaadin-button, vaadin-checkbox, vaadin-big-decimal-field,'
      + ' vaadin-integer-field, vaadin-custom-field, vaadin-date-time-picker, vaadin-multi-select-combo-box')) return true;
  if (el.closest('vaadin-button, vaadin-text-field, vaadin-select, vaadin-checkbox, vaadin-combo-box,'
      + ' vaadin-custom-field, vaadin-date-picker, vaadin-text-area, vaadin-integer-field')) return false;
  return [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
}).slice(0, 600);
for (let i = 0; i < leaves.length; i++) {
  const a = leaves[i].getBoundingClientRect();
  for (let j = i + 1; j < leaves.length; j++) {
    if (leaves[i].contains(leaves[j]) || leaves[j].contains(leaves[i])) continue;
    const b = leaves[j].getBoundingClientRect();
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 2 && h > 2) {
      problems.push('overlap: ' + describe(leaves[i]) + ' and ' + describe(leaves[j]));
    }
  }
}
return [...new Set(problems)];
