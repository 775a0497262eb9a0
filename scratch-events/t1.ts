import { buildDoc } from '../src/core/tokenize.ts';
import * as chrono from 'chrono-node';
const text = "On Monday, Mr. Putin made it clear that he wasn’t budging from his demands. Russian and Ukrainian officials met on Friday in Istanbul. He won't go. It came one day after Russia's drone bombardments.";
const d = buildDoc(null, text, {title:null,source:null,url:null,published:'2025-05-19',authors:[],contributors:[]});
console.log(d.lower.map((l,i)=>l+'/'+d.pos[i]).join(' '));
const ref = new Date(Date.UTC(2025,4,19,12));
for (const s of ['on Monday','last Friday','on Friday','in late April','earlier Monday','later Monday','three years ago','one day after','on May 16','yesterday','last month','in 2022','next week'])
  console.log(s, JSON.stringify(chrono.parse(s, {instant: ref, timezone: 0}, {forwardDate:false}).map(r=>[r.index,r.text,r.start.date().toISOString().slice(0,10), r.start.isCertain('day'), r.start.isCertain('month')])));
