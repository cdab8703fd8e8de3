(function(){
if(window.__smrReport)return;window.__smrReport=true;
function scope(el){return el.closest('.smr-scope')||el.closest('.smr')||document;}
function keys(el){return(el.getAttribute('data-record')||el.getAttribute('data-records')||'').split(/\s+/).filter(Boolean);}
function set(sc,ks,cls,on){ks.forEach(function(k){sc.querySelectorAll('[data-records~="'+k+'"],[data-record~="'+k+'"]').forEach(function(el){el.classList.toggle(cls,on);});});
var root=sc.classList?sc:document.body;root.classList.toggle('smr-focus',!!sc.querySelector('.on,.hover'));}
function target(e){return e.target.closest&&e.target.closest('[data-record],mark.ev');}
document.addEventListener('mouseover',function(e){var t=target(e);if(t)set(scope(t),keys(t),'hover',true);});
document.addEventListener('mouseout',function(e){var t=target(e);if(t)set(scope(t),keys(t),'hover',false);});
document.addEventListener('click',function(e){var t=target(e);if(!t||e.target.closest('a'))return;var sc=scope(t),ks=keys(t);
var was=t.classList.contains('on');
sc.querySelectorAll('.on').forEach(function(el){el.classList.remove('on');});if(!was)set(sc,ks,'on',true);else set(sc,[],'on',false);});
})();
