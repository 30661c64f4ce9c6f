import{$ as e,O as t,Pt as n,Q as r,Z as i,et as a,ft as o,ht as s,it as c,ln as l,nt as u,rt as d,sn as f,tt as p,vt as m}from"./shell-BL-7Gt1E.js";import{i as h,l as g,t as _}from"./backend-C_o9VMeB.js";function v(e){return`u_${e}`}var y=1e-4;function b(e){let t=1/0,n=-1/0;for(let r=0;r<e.length;r++)Number.isNaN(e[r])||(t=Math.min(t,e[r]),n=Math.max(n,e[r]));return n>t?n-t:1}var x=(e,t)=>({maxDiff:e,range:t,relative:e/t});function S(e,t,n,i=y){let a=Math.min(e.value.length,t.value.length),o=[b(t.value),b(t.du),b(t.dv)],s=[0,0,0],l=0,u=Math.abs(e.value.length-t.value.length),d=0,f=n?c(n):void 0,p=t.size,m=t=>{if(!f||!n)return!1;let a=r(n.grid.u,p,t%p),s=r(n.grid.v,p,Math.floor(t/p)),c=1e-5*(1+Math.abs(a)+Math.abs(s)),l=[1/0,-1/0,1/0,-1/0];for(let e of[-1,0,1])for(let t of[-1,0,1]){let n=f(a+e*c,s+t*c);l[0]=Math.min(l[0],n.du),l[1]=Math.max(l[1],n.du),l[2]=Math.min(l[2],n.dv),l[3]=Math.max(l[3],n.dv)}let u=(e,t,n,r)=>e>=t-i*r&&e<=n+i*r;return u(e.du[t],l[0],l[1],o[1])&&u(e.dv[t],l[2],l[3],o[2])};for(let n=0;n<a;n++){let r=[e.value[n],e.du[n],e.dv[n]],a=[t.value[n],t.du[n],t.dv[n]];if(Number.isNaN(r[0])!==Number.isNaN(a[0])&&u++,Number.isNaN(r[0])||Number.isNaN(a[0]))continue;l++;let c=r.map((e,t)=>Math.abs(e-a[t]));s[0]=Math.max(s[0],c[0]),(c[1]>i*o[1]||c[2]>i*o[2])&&m(n)?d++:(s[1]=Math.max(s[1],c[1]),s[2]=Math.max(s[2],c[2]))}let[h,g,_]=[0,1,2].map(e=>x(s[e],o[e])),v=e.size===t.size&&u===0&&[h,g,_].every(e=>e.relative<=i);return{value:h,du:g,dv:_,defined:l,nanMismatch:u,kinkCells:d,agrees:v}}function C(e,t,n=0){let i=e.grid.size,o={...e,reg:{kind:`none`}},s=new Float32Array(i*i),c=new Float32Array(i*i),l=new Float32Array(i*i),u=new Float64Array(3),f=0,m=-1,h;for(let a=0;a<i;a++){let p=r(e.grid.v,i,a);for(let g=0;g<i;g++){let _=a*i+g,v=t[4*_+3];v>=n?(u[0]=t[4*_],u[1]=t[4*_+1],u[2]=t[4*_+2]):v>-n?(h??=d(o)).evalInto(r(e.grid.u,i,g),p,u):u.fill(NaN),Number.isFinite(u[0])&&Number.isFinite(u[1])&&Number.isFinite(u[2])?(s[_]=u[0],c[_]=u[1],l[_]=u[2]):(s[_]=c[_]=l[_]=NaN,f++===0&&(m=_))}}let g=f===0?{size:i,value:s,du:c,dv:l}:{size:i,value:s,du:c,dv:l,problem:a(e,f,m),undefinedCells:f};return p(g,e)}var w={mse:(e,t)=>[e.square(t),e.mul(t,2)],mae:(e,t)=>[e.abs(t),e.sign(t)],hinge:(e,t,n)=>{let r=e.sub(f(n,`margin`),t);return[e.relu(r),e.neg(e.cast(e.greaterEqual(r,0),`float32`))]},squared_hinge:(e,t,n)=>{let r=e.relu(e.sub(f(n,`margin`),t));return[e.square(r),e.mul(r,-2)]},bce_logits:(e,t)=>[e.softplus(e.neg(t)),e.neg(e.sigmoid(e.neg(t)))]},T=Object.keys(w);async function E(e,t){let{dataset:i,grid:a}=t,o=w[t.lossId],s=n(t.lossId);if(!o||!s||i.kind===`softmax3`)throw Error(`no stock-ops surface for ${i.kind}/${t.lossId}`);let c=l(s,t.params),u=a.size,d=i.n,f=new Float32Array(u*u),p=new Float32Array(u*u);for(let e=0;e<u*u;e++)f[e]=r(a.u,u,e%u),p[e]=r(a.v,u,Math.floor(e/u));let m=new Float32Array(d),h=new Float32Array(d),g=new Float32Array(d);for(let e=0;e<d;e++){let t=i.kind===`regression`;m[e]=t?i.x[e]:i.y[e]*i.x[2*e],h[e]=t?1:i.y[e]*i.x[2*e+1],g[e]=t?i.y[e]:0}let _=e.tidy(()=>{let t=e.tensor2d(f,[u*u,1]),n=e.tensor2d(p,[u*u,1]),r=e.tensor2d(m,[1,d]),i=e.tensor2d(h,[1,d]),a=e.sub(e.add(e.mul(t,r),e.mul(n,i)),e.tensor2d(g,[1,d])),[s,l]=o(e,a,c),_=[e.mean(s,1),e.mean(e.mul(l,r),1),e.mean(e.mul(l,i),1),e.zeros([u*u])];return e.stack(_,1)});try{return C(t,await _.data())}finally{_.dispose()}}var D=m;function O(e,t){return s(e,t)}function k(e,t){let r=n(e.glsl.id),i=r?l(r,t):t;return e.glsl.params.map(e=>[f(i,e)])}function A(e){let t=t=>e.size>1?(t[1]-t[0])/(e.size-1):0;return[e.u[0],e.v[0],t(e.u),t(e.v)]}var j=`
float la_log1p(float x) {
  return abs(x) < 1e-2 ? x * (1.0 - x * (0.5 - x / 3.0)) : log(1.0 + x);
}
float la_expm1(float x) {
  return abs(x) < 1e-2 ? x * (1.0 + x * (0.5 + x / 6.0)) : exp(x) - 1.0;
}
// softplus(x) = max(x, 0) + log1p(e^{-|x|})
float la_softplus(float x) {
  return max(x, 0.0) + la_log1p(exp(-abs(x)));
}
// sigma(x) on the side that cannot overflow
float la_sigmoid(float x) {
  if (x >= 0.0) return 1.0 / (1.0 + exp(-x));
  float e = exp(x);
  return e / (1.0 + e);
}
// log sigma(x) = -softplus(-x)
float la_logSigmoid(float x) {
  return -la_softplus(-x);
}
// tanh x = sign(x)(1 - e^{-2|x|})/(1 + e^{-2|x|}), the numerator through expm1
float la_tanh(float x) {
  float e = exp(-2.0 * abs(x));
  return sign(x) * -la_expm1(-2.0 * abs(x)) / (1.0 + e);
}
`;function M(e,t){return`
  int full = u_n / 2;
  ${e?`for (int k = 0; k < full; k++) {`:`for (int k = 0; k < ${Math.max(t,1)}; k++) { if (k >= full) break;`}
    vec4 s = getData(2 * k, 0);
    addSample(s.xy, 2 * k, u, v, acc);
    addSample(s.zw, 2 * k + 1, u, v, acc);
  }
  if (2 * full < u_n) addSample(getData(2 * full, 0).xy, 2 * full, u, v, acc);`}var N=[{name:`u_grid`,type:`vec4`},{name:`u_n`,type:`int`},{name:`u_split`,type:`ivec2`}],P=`
  ivec4 c = getOutputCoords();
  float u = u_grid.x + u_grid.z * float(c.y);
  float v = u_grid.y + u_grid.w * float(c.x);`,F=class{variableNames=[`data`];outputShape;packedInputs=!0;packedOutput=!0;customUniforms;userCode;constructor(e){let{glsl:t,pieces:n}=e;this.outputShape=[e.size,e.size,2,2],this.customUniforms=[...N,...n.uniforms.map(e=>({...e})),...t.params.map(e=>({name:v(e),type:`float`}))],this.userCode=`
// loss-atlas FusedSurfaceProgram: ${e.tag}
${j}
${t.source}${n.globals}
void addSample(vec2 s, int i, float u, float v, inout vec4 acc) {${n.addSample}
}
void main() {${P}${n.init}${M(e.webgl2,e.capacity/2)}${n.finish}
}`}};function I(e,t){let{dataset:n,grid:r}=t,i=O(n.kind,t.lossId);if(!i)throw Error(`no GPU surface kernel for ${n.kind}/${t.lossId}`);let a=i.pack(n),o=i.program();return{program:new F({tag:`${n.kind}/${i.id}`,glsl:i.glsl,pieces:o,size:r.size,capacity:a.capacity,webgl2:e.webglVersion===2}),uniforms:[A(r),[a.n],[...a.split],...i.programUniforms(t,t.params),...k(i,t.params)],rows:a.rows,capacity:a.capacity,refineBelow:o.refineBelow}}async function L(e,t){let{program:n,uniforms:r,rows:i,capacity:a}=t,{tf:o,backend:s}=e,c,l;try{if(c=o.tensor2d(i,[a,2],`float32`),l=o.engine().makeTensorFromTensorInfo(s.compileAndRun(n,[c],`float32`,r)),h(e))throw new _;let t=await g(e,l.data());if(h(e))throw new _;return t}catch(t){throw h(e)?new _:t}finally{c?.dispose(),l?.dispose()}}async function R(t,n){if(h(t))throw new _;if(i(n.grid)||u(n))return e(n);let r=I(t,n);return C(n,await L(t,r),r.refineBelow)}var z=[[64,200],[128,1e3],[256,1e3]],B=e=>e.nanMismatch?1/0:Math.max(e.value.relative,e.du.relative,e.dv.relative);async function V(e,n){let r=[];for(let t=0;t<n;t++){let t=performance.now();await e(),r.push(performance.now()-t)}return t(r)??NaN}function H(e,t,n){let r=e===`mse`||e===`mae`?`reg-noisy`:`bin-overlap`;return{dataset:o(r,11,n),lossId:e,params:{},grid:r===`reg-noisy`?{u:[-1,4],v:[-3,4],size:t}:{u:[-4,4],v:[-4,4],size:t},reg:{kind:`l2`,lambda:.05,l1Ratio:.5}}}async function U(t,n={}){let r=n.lossId??`hinge`,i=n.runs??7,a=n.slowRuns??3,o=[];for(let[s,c]of n.sizes??z){let n=H(r,s,c),l=performance.now(),u=await R(t,n),d=performance.now()-l,f=await V(()=>R(t,n),i),p=e(n),m=await V(()=>e(n),a),h=await E(t.tf,n),g=await V(()=>E(t.tf,n),a),_=B(S(u,p,n)),v=B(S(h,p,n));o.push({lossId:r,g:s,n:c,fusedFirstMs:d,fusedMs:f,cpuMs:m,stockMs:g,runs:i,slowRuns:a,fusedError:_,stockError:v})}return o}export{D as a,E as c,v as d,R as i,y as l,H as n,O as o,U as r,T as s,z as t,S as u};