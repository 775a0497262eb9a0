import { buildDoc } from '../src/core/tokenize.ts';
const text = process.argv[2];
const d = buildDoc(null, text, {title:null,source:null,url:null,published:'2025-05-19',authors:[],contributors:[]});
console.log(d.lower.map((l,i)=>l+'/'+d.pos[i]).join(' '));
