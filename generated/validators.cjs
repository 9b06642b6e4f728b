// Generated from schemas/*.schema.json by `npm run gen:types` (scripts/gen-validators.mjs). Do not edit.
"use strict";
exports.calendar = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/calendar.schema.json","title":"Calendar","description":"営業日カレンダー / Business calendar","type":"object","additionalProperties":false,"required":["timeZone","helpdesk","bankHolidays","coverage"],"properties":{"timeZone":{"type":"string","enum":["Asia/Tokyo"],"description":"タイムゾーン（Asia/Tokyo のみ） / Time zone; only Asia/Tokyo","examples":["Asia/Tokyo"]},"helpdesk":{"type":"object","title":"Helpdesk","description":"ヘルプデスクの営業時間（仕様書2） / Helpdesk hours (spec 2)","examples":[{"days":["mon","tue","wed","thu","fri"],"opens":"09:00","closes":"17:30","closedOnNationalHolidays":true,"breaks":[{"name":"年末年始","from":"12-29","to":"01-03"}],"closedDates":[]}],"additionalProperties":false,"required":["days","opens","closes"],"properties":{"days":{"type":"array","items":{"type":"string","enum":["mon","tue","wed","thu","fri","sat","sun"],"description":"曜日 / Weekday","examples":["mon"]},"description":"営業する曜日 / Weekdays the helpdesk works","examples":[["mon","tue","wed","thu","fri"]],"minItems":1,"uniqueItems":true},"opens":{"$ref":"common.schema.json#/definitions/time","description":"開始時刻 / Opening time","examples":["09:00"]},"closes":{"$ref":"common.schema.json#/definitions/time","description":"終了時刻 / Closing time","examples":["17:30"]},"closedOnNationalHolidays":{"type":"boolean","description":"祝日は休業 / Closed on national holidays","examples":[true],"default":true},"breaks":{"type":"array","items":{"type":"object","title":"Break","description":"休業期間（毎年） / Company break, every year","additionalProperties":false,"required":["name","from","to"],"properties":{"name":{"$ref":"common.schema.json#/definitions/name","description":"名称 / Name","examples":["年末年始"]},"from":{"$ref":"common.schema.json#/definitions/monthDay","description":"開始 MM-DD / First day, MM-DD","examples":["12-29"]},"to":{"$ref":"common.schema.json#/definitions/monthDay","description":"終了 MM-DD（年をまたいでもよい） / Last day, MM-DD; may cross the new year","examples":["01-03"]}}},"description":"休業期間（年末年始など） / Company breaks such as the year-end holidays","examples":[[{"name":"年末年始","from":"12-29","to":"01-03"}]],"default":[]},"closedDates":{"type":"array","items":{"$ref":"common.schema.json#/definitions/date","description":"休業日 / Closed date","examples":["2027-05-06"]},"description":"追加の休業日 / Extra company holidays","examples":[["2027-05-06"]],"uniqueItems":true,"default":[]}}},"bankHolidays":{"type":"array","items":{"type":"object","title":"BankHoliday","description":"金融機関の休業期間（毎年） / Bank holiday period, every year","additionalProperties":false,"required":["name","from","to"],"properties":{"name":{"$ref":"common.schema.json#/definitions/name","description":"名称 / Name","examples":["年末年始"]},"from":{"$ref":"common.schema.json#/definitions/monthDay","description":"開始 MM-DD / First day, MM-DD","examples":["12-29"]},"to":{"$ref":"common.schema.json#/definitions/monthDay","description":"終了 MM-DD（年をまたいでもよい） / Last day, MM-DD; may cross the new year","examples":["01-03"]}}},"description":"土日祝日以外の金融機関の休業日 / Bank holidays beyond weekends and national holidays","examples":[[{"name":"年末年始","from":"12-31","to":"01-03"}]]},"coverage":{"type":"object","title":"Coverage","description":"生成するカレンダーの期間 / Date range that generated calendars cover","examples":[{"from":"2026-01-01","through":"2028-12-31"}],"additionalProperties":false,"required":["from","through"],"properties":{"from":{"$ref":"common.schema.json#/definitions/date","description":"開始日 / First date","examples":["2026-01-01"]},"through":{"$ref":"common.schema.json#/definitions/date","description":"終了日 / Last date","examples":["2028-12-31"]}}}}};
const schema13 = {"type":"string","description":"日本時間の時刻 HH:MM（24時間制） / Time of day in Japan time, HH:MM, 24-hour clock","examples":["09:00"],"pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"};
const schema15 = {"type":"string","description":"名称（制御文字を含まない） / A name, without control characters","examples":["株式会社アクメ物流"],"minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};
const schema16 = {"type":"string","description":"月日 MM-DD（毎年繰り返す日付） / Month and day, MM-DD, repeating every year","examples":["12-29"],"pattern":"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"};
const schema18 = {"type":"string","description":"日本時間の暦日 YYYY-MM-DD / Civil date in Japan time, YYYY-MM-DD","examples":["2026-11-01"],"format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"};
const pattern0 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern2 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern3 = new RegExp("^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");
const pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const func2 = require("ajv/dist/runtime/ucs2length").default;
const func0 = require("ajv/dist/runtime/equal").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/calendar.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeZone === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.helpdesk === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "helpdesk"},message:"must have required property '"+"helpdesk"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.bankHolidays === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bankHolidays"},message:"must have required property '"+"bankHolidays"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.coverage === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "coverage"},message:"must have required property '"+"coverage"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "timeZone") || (key0 === "helpdesk")) || (key0 === "bankHolidays")) || (key0 === "coverage"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data0 = data.timeZone;
if(typeof data0 !== "string"){
const err5 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.timeZone.type,parentSchema:schema11.properties.timeZone,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data0 === "Asia/Tokyo")){
const err6 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/enum",keyword:"enum",params:{allowedValues: schema11.properties.timeZone.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.timeZone.enum,parentSchema:schema11.properties.timeZone,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.helpdesk !== undefined){
let data1 = data.helpdesk;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.days === undefined){
const err7 = {instancePath:instancePath+"/helpdesk",schemaPath:"#/properties/helpdesk/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'",schema:schema11.properties.helpdesk.required,parentSchema:schema11.properties.helpdesk,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.opens === undefined){
const err8 = {instancePath:instancePath+"/helpdesk",schemaPath:"#/properties/helpdesk/required",keyword:"required",params:{missingProperty: "opens"},message:"must have required property '"+"opens"+"'",schema:schema11.properties.helpdesk.required,parentSchema:schema11.properties.helpdesk,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.closes === undefined){
const err9 = {instancePath:instancePath+"/helpdesk",schemaPath:"#/properties/helpdesk/required",keyword:"required",params:{missingProperty: "closes"},message:"must have required property '"+"closes"+"'",schema:schema11.properties.helpdesk.required,parentSchema:schema11.properties.helpdesk,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data1){
if(!((((((key1 === "days") || (key1 === "opens")) || (key1 === "closes")) || (key1 === "closedOnNationalHolidays")) || (key1 === "breaks")) || (key1 === "closedDates"))){
const err10 = {instancePath:instancePath+"/helpdesk",schemaPath:"#/properties/helpdesk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.helpdesk,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.days !== undefined){
let data2 = data1.days;
if(Array.isArray(data2)){
if(data2.length < 1){
const err11 = {instancePath:instancePath+"/helpdesk/days",schemaPath:"#/properties/helpdesk/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.helpdesk.properties.days,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/helpdesk/days/" + i0,schemaPath:"#/properties/helpdesk/properties/days/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.helpdesk.properties.days.items.type,parentSchema:schema11.properties.helpdesk.properties.days.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((((data3 === "mon") || (data3 === "tue")) || (data3 === "wed")) || (data3 === "thu")) || (data3 === "fri")) || (data3 === "sat")) || (data3 === "sun"))){
const err13 = {instancePath:instancePath+"/helpdesk/days/" + i0,schemaPath:"#/properties/helpdesk/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.helpdesk.properties.days.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.helpdesk.properties.days.items.enum,parentSchema:schema11.properties.helpdesk.properties.days.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err14 = {instancePath:instancePath+"/helpdesk/days",schemaPath:"#/properties/helpdesk/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema11.properties.helpdesk.properties.days,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err15 = {instancePath:instancePath+"/helpdesk/days",schemaPath:"#/properties/helpdesk/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.helpdesk.properties.days.type,parentSchema:schema11.properties.helpdesk.properties.days,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.opens !== undefined){
let data4 = data1.opens;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err16 = {instancePath:instancePath+"/helpdesk/opens",schemaPath:"common.schema.json#/definitions/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/helpdesk/opens",schemaPath:"common.schema.json#/definitions/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.closes !== undefined){
let data5 = data1.closes;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err18 = {instancePath:instancePath+"/helpdesk/closes",schemaPath:"common.schema.json#/definitions/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/helpdesk/closes",schemaPath:"common.schema.json#/definitions/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.closedOnNationalHolidays !== undefined){
let data6 = data1.closedOnNationalHolidays;
if(typeof data6 !== "boolean"){
const err20 = {instancePath:instancePath+"/helpdesk/closedOnNationalHolidays",schemaPath:"#/properties/helpdesk/properties/closedOnNationalHolidays/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.helpdesk.properties.closedOnNationalHolidays.type,parentSchema:schema11.properties.helpdesk.properties.closedOnNationalHolidays,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.breaks !== undefined){
let data7 = data1.breaks;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i2=0; i2<len1; i2++){
let data8 = data7[i2];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.name === undefined){
const err21 = {instancePath:instancePath+"/helpdesk/breaks/" + i2,schemaPath:"#/properties/helpdesk/properties/breaks/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.helpdesk.properties.breaks.items.required,parentSchema:schema11.properties.helpdesk.properties.breaks.items,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.from === undefined){
const err22 = {instancePath:instancePath+"/helpdesk/breaks/" + i2,schemaPath:"#/properties/helpdesk/properties/breaks/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.helpdesk.properties.breaks.items.required,parentSchema:schema11.properties.helpdesk.properties.breaks.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8.to === undefined){
const err23 = {instancePath:instancePath+"/helpdesk/breaks/" + i2,schemaPath:"#/properties/helpdesk/properties/breaks/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.helpdesk.properties.breaks.items.required,parentSchema:schema11.properties.helpdesk.properties.breaks.items,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "from")) || (key2 === "to"))){
const err24 = {instancePath:instancePath+"/helpdesk/breaks/" + i2,schemaPath:"#/properties/helpdesk/properties/breaks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.helpdesk.properties.breaks.items,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.name !== undefined){
let data9 = data8.name;
if(typeof data9 === "string"){
if(func2(data9) > 200){
const err25 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data9) < 1){
const err26 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern2.test(data9)){
const err27 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.from !== undefined){
let data10 = data8.from;
if(typeof data10 === "string"){
if(!pattern3.test(data10)){
const err29 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/from",schemaPath:"common.schema.json#/definitions/monthDay/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\"",schema:"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",parentSchema:schema16,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/from",schemaPath:"common.schema.json#/definitions/monthDay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data8.to !== undefined){
let data11 = data8.to;
if(typeof data11 === "string"){
if(!pattern3.test(data11)){
const err31 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/to",schemaPath:"common.schema.json#/definitions/monthDay/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\"",schema:"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/helpdesk/breaks/" + i2+"/to",schemaPath:"common.schema.json#/definitions/monthDay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/helpdesk/breaks/" + i2,schemaPath:"#/properties/helpdesk/properties/breaks/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.helpdesk.properties.breaks.items.type,parentSchema:schema11.properties.helpdesk.properties.breaks.items,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/helpdesk/breaks",schemaPath:"#/properties/helpdesk/properties/breaks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.helpdesk.properties.breaks.type,parentSchema:schema11.properties.helpdesk.properties.breaks,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.closedDates !== undefined){
let data12 = data1.closedDates;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i3=0; i3<len2; i3++){
let data13 = data12[i3];
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err35 = {instancePath:instancePath+"/helpdesk/closedDates/" + i3,schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(formats0.validate(data13))){
const err36 = {instancePath:instancePath+"/helpdesk/closedDates/" + i3,schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/helpdesk/closedDates/" + i3,schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i4 = data12.length;
let j1;
if(i4 > 1){
outer0:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data12[i4], data12[j1])){
const err38 = {instancePath:instancePath+"/helpdesk/closedDates",schemaPath:"#/properties/helpdesk/properties/closedDates/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema11.properties.helpdesk.properties.closedDates,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/helpdesk/closedDates",schemaPath:"#/properties/helpdesk/properties/closedDates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.helpdesk.properties.closedDates.type,parentSchema:schema11.properties.helpdesk.properties.closedDates,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/helpdesk",schemaPath:"#/properties/helpdesk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.helpdesk.type,parentSchema:schema11.properties.helpdesk,data:data1};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.bankHolidays !== undefined){
let data14 = data.bankHolidays;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i5=0; i5<len3; i5++){
let data15 = data14[i5];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.name === undefined){
const err41 = {instancePath:instancePath+"/bankHolidays/" + i5,schemaPath:"#/properties/bankHolidays/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.bankHolidays.items.required,parentSchema:schema11.properties.bankHolidays.items,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data15.from === undefined){
const err42 = {instancePath:instancePath+"/bankHolidays/" + i5,schemaPath:"#/properties/bankHolidays/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.bankHolidays.items.required,parentSchema:schema11.properties.bankHolidays.items,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data15.to === undefined){
const err43 = {instancePath:instancePath+"/bankHolidays/" + i5,schemaPath:"#/properties/bankHolidays/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.bankHolidays.items.required,parentSchema:schema11.properties.bankHolidays.items,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data15){
if(!(((key3 === "name") || (key3 === "from")) || (key3 === "to"))){
const err44 = {instancePath:instancePath+"/bankHolidays/" + i5,schemaPath:"#/properties/bankHolidays/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.bankHolidays.items,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.name !== undefined){
let data16 = data15.name;
if(typeof data16 === "string"){
if(func2(data16) > 200){
const err45 = {instancePath:instancePath+"/bankHolidays/" + i5+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(data16) < 1){
const err46 = {instancePath:instancePath+"/bankHolidays/" + i5+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern2.test(data16)){
const err47 = {instancePath:instancePath+"/bankHolidays/" + i5+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/bankHolidays/" + i5+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data15.from !== undefined){
let data17 = data15.from;
if(typeof data17 === "string"){
if(!pattern3.test(data17)){
const err49 = {instancePath:instancePath+"/bankHolidays/" + i5+"/from",schemaPath:"common.schema.json#/definitions/monthDay/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\"",schema:"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",parentSchema:schema16,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/bankHolidays/" + i5+"/from",schemaPath:"common.schema.json#/definitions/monthDay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data15.to !== undefined){
let data18 = data15.to;
if(typeof data18 === "string"){
if(!pattern3.test(data18)){
const err51 = {instancePath:instancePath+"/bankHolidays/" + i5+"/to",schemaPath:"common.schema.json#/definitions/monthDay/pattern",keyword:"pattern",params:{pattern: "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\"",schema:"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",parentSchema:schema16,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/bankHolidays/" + i5+"/to",schemaPath:"common.schema.json#/definitions/monthDay/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.type,parentSchema:schema16,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/bankHolidays/" + i5,schemaPath:"#/properties/bankHolidays/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.bankHolidays.items.type,parentSchema:schema11.properties.bankHolidays.items,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/bankHolidays",schemaPath:"#/properties/bankHolidays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.bankHolidays.type,parentSchema:schema11.properties.bankHolidays,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.coverage !== undefined){
let data19 = data.coverage;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.from === undefined){
const err55 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.coverage.required,parentSchema:schema11.properties.coverage,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.through === undefined){
const err56 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/required",keyword:"required",params:{missingProperty: "through"},message:"must have required property '"+"through"+"'",schema:schema11.properties.coverage.required,parentSchema:schema11.properties.coverage,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "from") || (key4 === "through"))){
const err57 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.coverage,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data19.from !== undefined){
let data20 = data19.from;
if(typeof data20 === "string"){
if(!pattern5.test(data20)){
const err58 = {instancePath:instancePath+"/coverage/from",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(formats0.validate(data20))){
const err59 = {instancePath:instancePath+"/coverage/from",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/coverage/from",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data19.through !== undefined){
let data21 = data19.through;
if(typeof data21 === "string"){
if(!pattern5.test(data21)){
const err61 = {instancePath:instancePath+"/coverage/through",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(formats0.validate(data21))){
const err62 = {instancePath:instancePath+"/coverage/through",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/coverage/through",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.coverage.type,parentSchema:schema11.properties.coverage,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.customer = validate12;
const schema24 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/customer.schema.json","title":"Customer","description":"顧客（1社1ファイル、customers/<id>.yaml） / One customer, one file: customers/<id>.yaml","type":"object","additionalProperties":false,"required":["id","legalName","address","representative","phone","department","contacts","billing","contract","servers"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"顧客ID（ファイル名と同じ） / Customer id; equals the file name","examples":["acme-logistics"]},"legalName":{"$ref":"common.schema.json#/definitions/name","description":"法人名称（第21条） / Legal name of the customer (art. 21)","examples":["株式会社アクメ物流"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"住所（第21条） / Address (art. 21)","examples":[{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1"}]},"representative":{"$ref":"common.schema.json#/definitions/name","description":"代表者名（第21条） / Representative (art. 21)","examples":["山田 太郎"]},"phone":{"$ref":"common.schema.json#/definitions/phone","description":"連絡先電話番号（第21条） / Telephone number (art. 21)","examples":["03-1234-5678"]},"fax":{"$ref":"common.schema.json#/definitions/phone","description":"FAX番号（任意、第21条） / Fax number (optional, art. 21)","examples":["03-1234-5679"]},"department":{"$ref":"common.schema.json#/definitions/name","description":"担当部門名（第21条） / Department in charge (art. 21)","examples":["情報システム部"]},"contacts":{"type":"array","items":{"type":"object","title":"Contact","description":"担当者（登録連絡先） / A registered contact person","additionalProperties":false,"required":["id","name","email","roles"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"担当者ID（ファイル内で一意） / Contact id, unique in the file","examples":["tanaka"]},"name":{"$ref":"common.schema.json#/definitions/name","description":"担当者名 / Contact name","examples":["田中 花子"]},"email":{"$ref":"common.schema.json#/definitions/email","description":"メールアドレス / E-mail address","examples":["hanako.tanaka@acme.example.co.jp"]},"phone":{"$ref":"common.schema.json#/definitions/phone","description":"電話番号（任意） / Telephone number (optional)","examples":["03-1234-5600"]},"roles":{"type":"array","items":{"type":"string","enum":["primary","technical","billing"],"description":"役割 / Role","examples":["primary"]},"description":"役割（primary は顧客ごとにちょうど1人） / Roles; exactly one contact per customer is primary","examples":[["primary","technical"]],"minItems":1,"uniqueItems":true},"faultNotification":{"type":"boolean","description":"障害通知メールを受け取る（仕様書4） / Receives fault-notification mail (spec 4)","examples":[true],"default":false}}},"description":"担当者（1人以上、primary はちょうど1人） / Contacts: at least one, exactly one primary","examples":[[{"id":"tanaka","name":"田中 花子","email":"hanako.tanaka@acme.example.co.jp","roles":["primary"]}]],"minItems":1},"billing":{"type":"object","title":"CustomerBilling","description":"請求書の送付先（第21条） / Where invoices go (art. 21)","examples":[{"recipient":"株式会社アクメ物流 経理部 御中","address":{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1 アクメビル12F"},"email":"keiri@acme.example.co.jp"}],"additionalProperties":false,"required":["recipient","address"],"properties":{"recipient":{"$ref":"common.schema.json#/definitions/name","description":"請求書の宛名 / Invoice recipient name","examples":["株式会社アクメ物流 経理部 御中"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"請求書送付先住所 / Invoice postal address","examples":[{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1"}]},"email":{"$ref":"common.schema.json#/definitions/email","description":"請求書送付先メール（任意） / Invoice e-mail address (optional)","examples":["keiri@acme.example.co.jp"]}}},"contract":{"type":"object","title":"Contract","description":"利用契約 / The service contract","examples":[{"appliedOn":"2026-06-15","billingStartsOn":"2026-07-01","termsEdition":4,"plan":"standard","options":["monthly-report","config-backup"],"monitoringConsent":{"agreedOn":"2026-06-15","by":"田中 花子"}}],"additionalProperties":false,"required":["appliedOn","billingStartsOn","termsEdition","plan","options"],"properties":{"appliedOn":{"$ref":"common.schema.json#/definitions/date","description":"申込日 / Application date","examples":["2026-10-15"]},"billingStartsOn":{"$ref":"common.schema.json#/definitions/date","description":"課金開始日 = 契約成立日（第4条5） / Billing start date = establishment date (art. 4-5)","examples":["2026-11-01"]},"termsEdition":{"type":"integer","description":"適用する約款の版数（policies/terms.yaml） / Edition of the terms the contract was made under (policies/terms.yaml)","examples":[4],"minimum":1},"plan":{"$ref":"common.schema.json#/definitions/id","description":"プランコード（料金表） / Plan code of the tariff in force","examples":["standard"]},"options":{"type":"array","items":{"$ref":"common.schema.json#/definitions/id","description":"オプションコード / Option code","examples":["monthly-report"]},"description":"オプションコード（空でも可） / Option codes of the tariff in force; may be empty","examples":[["monthly-report"]],"uniqueItems":true},"monitoringConsent":{"type":"object","title":"MonitoringConsent","description":"監視アプリ利用の承諾（第9条、エージェント配布に必須） / Consent to the monitoring agent (art. 9); required for agent bundles","examples":[{"agreedOn":"2026-06-15","by":"田中 花子"}],"additionalProperties":false,"required":["agreedOn","by"],"properties":{"agreedOn":{"$ref":"common.schema.json#/definitions/date","description":"承諾日 / Date of consent","examples":["2026-10-15"]},"by":{"$ref":"common.schema.json#/definitions/name","description":"承諾者 / Who consented","examples":["田中 花子"]}}},"reseller":{"$ref":"common.schema.json#/definitions/name","description":"販売代理店（任意） / Reseller (optional)","examples":["株式会社サンプル販売"]},"termination":{"type":"object","title":"Termination","description":"解約（第5条、第6条） / Termination (art. 5, 6)","examples":[{"noticedOn":"2026-11-20","endsOn":"2026-12-31"}],"additionalProperties":false,"required":["noticedOn","endsOn"],"properties":{"noticedOn":{"$ref":"common.schema.json#/definitions/date","description":"解約通知日（書面） / Date the written notice was received","examples":["2027-02-20"]},"endsOn":{"$ref":"common.schema.json#/definitions/date","description":"サービス終了日（月末日） / Service end date; always a month end","examples":["2027-03-31"]}}}}},"servers":{"type":"array","items":{"type":"object","title":"Server","description":"お客様サーバー / A customer server","additionalProperties":false,"required":["id","hostname","environment","os","vvaultVersion","storage"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"サーバーID（ファイル内で一意） / Server id, unique in the file","examples":["fs01"]},"hostname":{"type":"string","description":"Windows コンピューター名（1〜15文字） / Windows computer name, 1-15 characters","examples":["ACME-FS01"],"pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"},"environment":{"type":"string","enum":["azure","aws","gcp","on-premises","other"],"description":"設置環境 / Where the server runs","examples":["azure"]},"os":{"type":"string","description":"オペレーティングシステム / Operating system","examples":["Windows Server 2022"],"minLength":1,"maxLength":80},"vvaultVersion":{"type":"string","description":"VVAULT のバージョン / VVAULT version","examples":["7.2"],"pattern":"^[0-9]+(\\.[0-9]+){0,3}$"},"storage":{"type":"array","items":{"type":"object","title":"StorageVolume","description":"VVAULT 構成ストレージ / A VVAULT storage volume","additionalProperties":false,"required":["id","kind","role"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"ストレージID（サーバー内で一意） / Volume id, unique in the server","examples":["master"]},"kind":{"type":"string","enum":["local","san","nas","cloud"],"description":"種類（cloud は監視対象外：仕様書3） / Kind; cloud volumes are never monitored (spec 3)","examples":["local"]},"path":{"type":"string","description":"パス（ドライブまたは UNC） / Path: a drive or a UNC share","examples":["D:\\"],"minLength":1,"maxLength":260},"provider":{"type":"string","description":"クラウドストレージの事業者 / Cloud storage provider","examples":["azure-blob"],"minLength":1,"maxLength":40},"role":{"type":"string","enum":["master","backup","tier","replica","other"],"description":"役割 / Role of the volume in VVAULT","examples":["master"]}}},"description":"VVAULT 構成ストレージ / VVAULT storage volumes","examples":[[{"id":"master","kind":"local","path":"D:\\","role":"master"}]],"minItems":1},"monitoring":{"type":"object","title":"ServerMonitoringOverrides","description":"監視しきい値の上書き（policies/monitoring.yaml の bounds の範囲内） / Monitoring overrides for this server, within the bounds of policies/monitoring.yaml","examples":[{"cpu":{"warning":85,"critical":95,"forMinutes":10}}],"additionalProperties":false,"required":[],"properties":{"storage":{"$ref":"common.schema.json#/definitions/storageThresholdOverride","description":"ストレージ使用率 / Storage usage","examples":[{"warningPercentUsed":80,"criticalPercentUsed":90}]},"cpu":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"プロセッサビジー / Processor busy","examples":[{"warning":85,"critical":95,"forMinutes":10}]},"memory":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"メモリビジー / Memory busy","examples":[{"warning":90,"critical":97,"forMinutes":5}]},"diskBusy":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"ディスクビジー / Disk busy","examples":[{"warning":85,"critical":95,"forMinutes":20}]},"network":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"ネットワークビジー（リンク速度比 %） / Network busy, percent of link speed","examples":[{"warning":70,"critical":90,"forMinutes":10}]}}}}},"description":"お客様サーバー（1台以上） / Customer servers, at least one","examples":[[{"id":"fs01","hostname":"ACME-FS01","environment":"azure","os":"Windows Server 2022","vvaultVersion":"7.2","storage":[{"id":"master","kind":"local","path":"D:\\","role":"master"}]}]],"minItems":1},"workOrders":{"type":"array","items":{"type":"object","title":"WorkOrder","description":"依頼作業・SI作業（第8条、第11条、第15条1③） / Requested or SI work (art. 8, 11, 15-1-3)","additionalProperties":false,"required":["id","description","server","amount"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"作業ID（ファイル内で一意） / Work order id, unique in the file","examples":["wo-2026-001"]},"description":{"$ref":"common.schema.json#/definitions/name","description":"作業内容 / What was done","examples":["ディスク増設設定"]},"server":{"$ref":"common.schema.json#/definitions/id","description":"対象サーバーID / Id of the server worked on","examples":["fs01"]},"amount":{"$ref":"common.schema.json#/definitions/yen","description":"見積金額（税抜、月額料金に含む作業は 0） / Quoted amount, tax excluded; 0 when included in the monthly fee","examples":[50000]},"completedOn":{"$ref":"common.schema.json#/definitions/date","description":"完了日（未完了の間は省略） / Completion date; omitted while not done","examples":["2026-11-20"]},"mailedOn":{"$ref":"common.schema.json#/definitions/date","description":"作業完了メールを vmsc send 以外で送付した日（手作業で送った場合。vmsc send work はこの作業を送らず、瑕疵確認期限はこの日から数える） / Day the work-completion mail was sent outside vmsc send; such an order is not sent again and its deadline runs from this day","examples":["2026-07-20"]},"confirmedOn":{"$ref":"common.schema.json#/definitions/date","description":"お客様から確認結果（問題なし）の通知を受けた日（第11条4） / Day the customer confirmed the result (art. 11-4)","examples":["2026-07-22"]},"defectReportedOn":{"$ref":"common.schema.json#/definitions/date","description":"お客様から瑕疵の通知を受けた日（第11条3） / Day the customer reported a defect of the work (art. 11-3)","examples":["2026-07-23"]},"reworkOf":{"$ref":"common.schema.json#/definitions/id","description":"瑕疵修正作業のとき、修正する元の作業ID（第11条3）。完了すると瑕疵の修正に関する作業完了メールを送付 / For a rework (art. 11-3): id of the work order whose defect it fixes","examples":["wo-2026-001"]}}},"description":"依頼作業（任意） / Work orders (optional)","examples":[[{"id":"wo-2026-001","description":"ディスク増設設定","server":"fs01","amount":50000,"completedOn":"2026-11-20"}]]},"payments":{"type":"array","items":{"type":"object","title":"Payment","description":"入金（第17条の遅延損害金の計算に使用） / A payment received, used for late fees (art. 17)","additionalProperties":false,"required":["invoice","paidOn","amount"],"properties":{"invoice":{"$ref":"common.schema.json#/definitions/month","description":"対象の請求月 YYYY-MM / Billed month the payment is for, YYYY-MM","examples":["2026-11"]},"paidOn":{"$ref":"common.schema.json#/definitions/date","description":"入金日 / Date paid","examples":["2027-01-08"]},"amount":{"$ref":"common.schema.json#/definitions/yen","description":"入金額（税込） / Amount paid, tax included","examples":[38500]}}},"description":"入金（任意） / Payments (optional)","examples":[[{"invoice":"2026-11","paidOn":"2027-01-08","amount":38500}]]},"corrections":{"type":"array","description":"発行済み請求書の修正（修正適格請求書・適格返還請求書、消費税法57条の4第3項・第4項） / Corrections of issued invoices: each issues a 修正適格請求書 (or a 適格返還請求書) from the inputs as they are now","examples":[[{"invoice":"2026-07","reason":"月額利用料金の単価誤り","issuedOn":"2026-11-04"}]],"items":{"type":"object","title":"Correction","description":"修正1件 / One correction","examples":[{"invoice":"2026-07","reason":"月額利用料金の単価誤り","issuedOn":"2026-11-04"}],"additionalProperties":false,"required":["invoice","reason","issuedOn"],"properties":{"invoice":{"$ref":"common.schema.json#/definitions/month","description":"修正する請求書の請求月 YYYY-MM（発行済みのもの） / Billed month of the issued invoice to correct, YYYY-MM","examples":["2026-07"]},"reason":{"type":"string","description":"修正の理由（書類に印字） / Why, printed on the document","examples":["月額利用料金の単価誤り"],"minLength":1,"maxLength":200},"issuedOn":{"$ref":"common.schema.json#/definitions/date","description":"修正した書類の発行日 / Issue date of the corrected document","examples":["2026-11-04"]}}}}}};
const schema25 = {"type":"string","description":"識別子（英小文字で始まり、英小文字・数字・ハイフン、2〜40文字） / Identifier: a lowercase letter, then lowercase letters, digits or hyphens; 2-40 characters","examples":["acme-logistics"],"pattern":"^[a-z][a-z0-9-]{1,39}$"};
const schema27 = {"type":"object","title":"Address","description":"住所 / Postal address","examples":[{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1"}],"additionalProperties":false,"required":["postalCode","text"],"properties":{"postalCode":{"type":"string","description":"郵便番号 NNN-NNNN / Japanese postal code, NNN-NNNN","examples":["100-0005"],"pattern":"^[0-9]{3}-[0-9]{4}$"},"text":{"type":"string","description":"住所（都道府県から） / Address text, from the prefecture on","examples":["東京都千代田区丸の内1-1-1"],"minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"}}};
const schema29 = {"type":"string","description":"電話番号（数字とハイフン） / Telephone number: digits and hyphens","examples":["03-1234-5678"],"pattern":"^\\+?[0-9][0-9-]{5,18}[0-9]$"};
const schema34 = {"type":"string","description":"メールアドレス / E-mail address","examples":["hanako.tanaka@acme.example.co.jp"],"format":"email","maxLength":254};
const schema50 = {"type":"object","title":"StorageThresholdOverride","description":"ストレージしきい値の上書き（指定した項目のみ） / Override of storage thresholds: only the fields given","examples":[{"warningPercentUsed":80}],"additionalProperties":false,"minProperties":1,"properties":{"warningPercentUsed":{"type":"integer","description":"警告とする使用率（%） / Percent used that raises a warning","examples":[80],"minimum":1,"maximum":100},"criticalPercentUsed":{"type":"integer","description":"重大とする使用率（%） / Percent used that raises a critical alert","examples":[90],"minimum":1,"maximum":100}}};
const schema51 = {"type":"object","title":"BusyThresholdOverride","description":"ビジー率しきい値の上書き（指定した項目のみ） / Override of a busy threshold: only the fields given","examples":[{"warning":85,"critical":95,"forMinutes":10}],"additionalProperties":false,"minProperties":1,"properties":{"warning":{"type":"integer","description":"警告のしきい値（%） / Warning threshold, percent","examples":[85],"minimum":1,"maximum":100},"critical":{"type":"integer","description":"重大のしきい値（%） / Critical threshold, percent","examples":[95],"minimum":1,"maximum":100},"forMinutes":{"type":"integer","description":"しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for","examples":[10],"minimum":1,"maximum":1440}}};
const schema58 = {"type":"integer","description":"金額（円、税抜、整数） / Amount in whole yen, tax excluded","examples":[30000],"minimum":0,"maximum":1000000000};
const schema64 = {"type":"string","description":"年月 YYYY-MM / Calendar month, YYYY-MM","examples":["2026-10"],"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"};
const func7 = Object.prototype.hasOwnProperty;
const pattern11 = new RegExp("^[a-z][a-z0-9-]{1,39}$", "u");
const pattern13 = new RegExp("^[0-9]{3}-[0-9]{4}$", "u");
const pattern16 = new RegExp("^\\+?[0-9][0-9-]{5,18}[0-9]$", "u");
const pattern35 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]{0,14}$", "u");
const pattern36 = new RegExp("^[0-9]+(\\.[0-9]+){0,3}$", "u");
const pattern46 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
const formats6 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/customer.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.legalName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalName"},message:"must have required property '"+"legalName"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.address === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.representative === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "representative"},message:"must have required property '"+"representative"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.phone === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.department === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.contacts === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contacts"},message:"must have required property '"+"contacts"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.billing === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billing"},message:"must have required property '"+"billing"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.contract === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.servers === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'",schema:schema24.required,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema24.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.legalName !== undefined){
let data1 = data.legalName;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err13 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data1) < 1){
const err14 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern2.test(data1)){
const err15 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.postalCode === undefined){
const err17 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data2.text === undefined){
const err18 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "postalCode") || (key1 === "text"))){
const err19 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.postalCode !== undefined){
let data3 = data2.postalCode;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err20 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.text !== undefined){
let data4 = data2.text;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err22 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data4) < 1){
const err23 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern2.test(data4)){
const err24 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.representative !== undefined){
let data5 = data.representative;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err27 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data5) < 1){
const err28 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern2.test(data5)){
const err29 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.phone !== undefined){
let data6 = data.phone;
if(typeof data6 === "string"){
if(!pattern16.test(data6)){
const err31 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.fax !== undefined){
let data7 = data.fax;
if(typeof data7 === "string"){
if(!pattern16.test(data7)){
const err33 = {instancePath:instancePath+"/fax",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/fax",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.department !== undefined){
let data8 = data.department;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err35 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data8) < 1){
const err36 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern2.test(data8)){
const err37 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.contacts !== undefined){
let data9 = data.contacts;
if(Array.isArray(data9)){
if(data9.length < 1){
const err39 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.contacts,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err40 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema24.properties.contacts.items.required,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data10.name === undefined){
const err41 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema24.properties.contacts.items.required,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data10.email === undefined){
const err42 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema24.properties.contacts.items.required,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data10.roles === undefined){
const err43 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/required",keyword:"required",params:{missingProperty: "roles"},message:"must have required property '"+"roles"+"'",schema:schema24.properties.contacts.items.required,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key2 in data10){
if(!((((((key2 === "id") || (key2 === "name")) || (key2 === "email")) || (key2 === "phone")) || (key2 === "roles")) || (key2 === "faultNotification"))){
const err44 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err45 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data10.name !== undefined){
let data12 = data10.name;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err47 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data12) < 1){
const err48 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern2.test(data12)){
const err49 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/contacts/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data10.email !== undefined){
let data13 = data10.email;
if(typeof data13 === "string"){
if(func2(data13) > 254){
const err51 = {instancePath:instancePath+"/contacts/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!(formats6.test(data13))){
const err52 = {instancePath:instancePath+"/contacts/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/contacts/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data10.phone !== undefined){
let data14 = data10.phone;
if(typeof data14 === "string"){
if(!pattern16.test(data14)){
const err54 = {instancePath:instancePath+"/contacts/" + i0+"/phone",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/contacts/" + i0+"/phone",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data10.roles !== undefined){
let data15 = data10.roles;
if(Array.isArray(data15)){
if(data15.length < 1){
const err56 = {instancePath:instancePath+"/contacts/" + i0+"/roles",schemaPath:"#/properties/contacts/items/properties/roles/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.contacts.items.properties.roles,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 !== "string"){
const err57 = {instancePath:instancePath+"/contacts/" + i0+"/roles/" + i1,schemaPath:"#/properties/contacts/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.contacts.items.properties.roles.items.type,parentSchema:schema24.properties.contacts.items.properties.roles.items,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!(((data16 === "primary") || (data16 === "technical")) || (data16 === "billing"))){
const err58 = {instancePath:instancePath+"/contacts/" + i0+"/roles/" + i1,schemaPath:"#/properties/contacts/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema24.properties.contacts.items.properties.roles.items.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.contacts.items.properties.roles.items.enum,parentSchema:schema24.properties.contacts.items.properties.roles.items,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let i2 = data15.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data15[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err59 = {instancePath:instancePath+"/contacts/" + i0+"/roles",schemaPath:"#/properties/contacts/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema24.properties.contacts.items.properties.roles,data:data15};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err60 = {instancePath:instancePath+"/contacts/" + i0+"/roles",schemaPath:"#/properties/contacts/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.contacts.items.properties.roles.type,parentSchema:schema24.properties.contacts.items.properties.roles,data:data15};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data10.faultNotification !== undefined){
let data17 = data10.faultNotification;
if(typeof data17 !== "boolean"){
const err61 = {instancePath:instancePath+"/contacts/" + i0+"/faultNotification",schemaPath:"#/properties/contacts/items/properties/faultNotification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema24.properties.contacts.items.properties.faultNotification.type,parentSchema:schema24.properties.contacts.items.properties.faultNotification,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.contacts.items.type,parentSchema:schema24.properties.contacts.items,data:data10};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.contacts.type,parentSchema:schema24.properties.contacts,data:data9};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.billing !== undefined){
let data18 = data.billing;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.recipient === undefined){
const err64 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/required",keyword:"required",params:{missingProperty: "recipient"},message:"must have required property '"+"recipient"+"'",schema:schema24.properties.billing.required,parentSchema:schema24.properties.billing,data:data18};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data18.address === undefined){
const err65 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema24.properties.billing.required,parentSchema:schema24.properties.billing,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key3 in data18){
if(!(((key3 === "recipient") || (key3 === "address")) || (key3 === "email"))){
const err66 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.billing,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data18.recipient !== undefined){
let data19 = data18.recipient;
if(typeof data19 === "string"){
if(func2(data19) > 200){
const err67 = {instancePath:instancePath+"/billing/recipient",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data19) < 1){
const err68 = {instancePath:instancePath+"/billing/recipient",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!pattern2.test(data19)){
const err69 = {instancePath:instancePath+"/billing/recipient",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/billing/recipient",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data18.address !== undefined){
let data20 = data18.address;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.postalCode === undefined){
const err71 = {instancePath:instancePath+"/billing/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data20.text === undefined){
const err72 = {instancePath:instancePath+"/billing/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "postalCode") || (key4 === "text"))){
const err73 = {instancePath:instancePath+"/billing/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data20.postalCode !== undefined){
let data21 = data20.postalCode;
if(typeof data21 === "string"){
if(!pattern13.test(data21)){
const err74 = {instancePath:instancePath+"/billing/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data21};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/billing/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data21};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data20.text !== undefined){
let data22 = data20.text;
if(typeof data22 === "string"){
if(func2(data22) > 200){
const err76 = {instancePath:instancePath+"/billing/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data22};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(func2(data22) < 1){
const err77 = {instancePath:instancePath+"/billing/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!pattern2.test(data22)){
const err78 = {instancePath:instancePath+"/billing/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data22};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/billing/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data22};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/billing/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data20};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data18.email !== undefined){
let data23 = data18.email;
if(typeof data23 === "string"){
if(func2(data23) > 254){
const err81 = {instancePath:instancePath+"/billing/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!(formats6.test(data23))){
const err82 = {instancePath:instancePath+"/billing/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/billing/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.billing.type,parentSchema:schema24.properties.billing,data:data18};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.contract !== undefined){
let data24 = data.contract;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.appliedOn === undefined){
const err85 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/required",keyword:"required",params:{missingProperty: "appliedOn"},message:"must have required property '"+"appliedOn"+"'",schema:schema24.properties.contract.required,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data24.billingStartsOn === undefined){
const err86 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/required",keyword:"required",params:{missingProperty: "billingStartsOn"},message:"must have required property '"+"billingStartsOn"+"'",schema:schema24.properties.contract.required,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data24.termsEdition === undefined){
const err87 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/required",keyword:"required",params:{missingProperty: "termsEdition"},message:"must have required property '"+"termsEdition"+"'",schema:schema24.properties.contract.required,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data24.plan === undefined){
const err88 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema24.properties.contract.required,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data24.options === undefined){
const err89 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema24.properties.contract.required,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key5 in data24){
if(!((((((((key5 === "appliedOn") || (key5 === "billingStartsOn")) || (key5 === "termsEdition")) || (key5 === "plan")) || (key5 === "options")) || (key5 === "monitoringConsent")) || (key5 === "reseller")) || (key5 === "termination"))){
const err90 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data24.appliedOn !== undefined){
let data25 = data24.appliedOn;
if(typeof data25 === "string"){
if(!pattern5.test(data25)){
const err91 = {instancePath:instancePath+"/contract/appliedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!(formats0.validate(data25))){
const err92 = {instancePath:instancePath+"/contract/appliedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/contract/appliedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data25};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data24.billingStartsOn !== undefined){
let data26 = data24.billingStartsOn;
if(typeof data26 === "string"){
if(!pattern5.test(data26)){
const err94 = {instancePath:instancePath+"/contract/billingStartsOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(!(formats0.validate(data26))){
const err95 = {instancePath:instancePath+"/contract/billingStartsOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/contract/billingStartsOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data26};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data24.termsEdition !== undefined){
let data27 = data24.termsEdition;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err97 = {instancePath:instancePath+"/contract/termsEdition",schemaPath:"#/properties/contract/properties/termsEdition/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema24.properties.contract.properties.termsEdition.type,parentSchema:schema24.properties.contract.properties.termsEdition,data:data27};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 1 || isNaN(data27)){
const err98 = {instancePath:instancePath+"/contract/termsEdition",schemaPath:"#/properties/contract/properties/termsEdition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema24.properties.contract.properties.termsEdition,data:data27};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data24.plan !== undefined){
let data28 = data24.plan;
if(typeof data28 === "string"){
if(!pattern11.test(data28)){
const err99 = {instancePath:instancePath+"/contract/plan",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data28};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/contract/plan",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data28};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data24.options !== undefined){
let data29 = data24.options;
if(Array.isArray(data29)){
const len2 = data29.length;
for(let i3=0; i3<len2; i3++){
let data30 = data29[i3];
if(typeof data30 === "string"){
if(!pattern11.test(data30)){
const err101 = {instancePath:instancePath+"/contract/options/" + i3,schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data30};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/contract/options/" + i3,schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data30};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
let i4 = data29.length;
let j1;
if(i4 > 1){
outer0:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data29[i4], data29[j1])){
const err103 = {instancePath:instancePath+"/contract/options",schemaPath:"#/properties/contract/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema24.properties.contract.properties.options,data:data29};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err104 = {instancePath:instancePath+"/contract/options",schemaPath:"#/properties/contract/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.contract.properties.options.type,parentSchema:schema24.properties.contract.properties.options,data:data29};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data24.monitoringConsent !== undefined){
let data31 = data24.monitoringConsent;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.agreedOn === undefined){
const err105 = {instancePath:instancePath+"/contract/monitoringConsent",schemaPath:"#/properties/contract/properties/monitoringConsent/required",keyword:"required",params:{missingProperty: "agreedOn"},message:"must have required property '"+"agreedOn"+"'",schema:schema24.properties.contract.properties.monitoringConsent.required,parentSchema:schema24.properties.contract.properties.monitoringConsent,data:data31};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data31.by === undefined){
const err106 = {instancePath:instancePath+"/contract/monitoringConsent",schemaPath:"#/properties/contract/properties/monitoringConsent/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema24.properties.contract.properties.monitoringConsent.required,parentSchema:schema24.properties.contract.properties.monitoringConsent,data:data31};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key6 in data31){
if(!((key6 === "agreedOn") || (key6 === "by"))){
const err107 = {instancePath:instancePath+"/contract/monitoringConsent",schemaPath:"#/properties/contract/properties/monitoringConsent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.contract.properties.monitoringConsent,data:data31};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data31.agreedOn !== undefined){
let data32 = data31.agreedOn;
if(typeof data32 === "string"){
if(!pattern5.test(data32)){
const err108 = {instancePath:instancePath+"/contract/monitoringConsent/agreedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(!(formats0.validate(data32))){
const err109 = {instancePath:instancePath+"/contract/monitoringConsent/agreedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/contract/monitoringConsent/agreedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data32};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data31.by !== undefined){
let data33 = data31.by;
if(typeof data33 === "string"){
if(func2(data33) > 200){
const err111 = {instancePath:instancePath+"/contract/monitoringConsent/by",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(func2(data33) < 1){
const err112 = {instancePath:instancePath+"/contract/monitoringConsent/by",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(!pattern2.test(data33)){
const err113 = {instancePath:instancePath+"/contract/monitoringConsent/by",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/contract/monitoringConsent/by",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/contract/monitoringConsent",schemaPath:"#/properties/contract/properties/monitoringConsent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.contract.properties.monitoringConsent.type,parentSchema:schema24.properties.contract.properties.monitoringConsent,data:data31};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data24.reseller !== undefined){
let data34 = data24.reseller;
if(typeof data34 === "string"){
if(func2(data34) > 200){
const err116 = {instancePath:instancePath+"/contract/reseller",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data34};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(func2(data34) < 1){
const err117 = {instancePath:instancePath+"/contract/reseller",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data34};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(!pattern2.test(data34)){
const err118 = {instancePath:instancePath+"/contract/reseller",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data34};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/contract/reseller",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data34};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data24.termination !== undefined){
let data35 = data24.termination;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.noticedOn === undefined){
const err120 = {instancePath:instancePath+"/contract/termination",schemaPath:"#/properties/contract/properties/termination/required",keyword:"required",params:{missingProperty: "noticedOn"},message:"must have required property '"+"noticedOn"+"'",schema:schema24.properties.contract.properties.termination.required,parentSchema:schema24.properties.contract.properties.termination,data:data35};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data35.endsOn === undefined){
const err121 = {instancePath:instancePath+"/contract/termination",schemaPath:"#/properties/contract/properties/termination/required",keyword:"required",params:{missingProperty: "endsOn"},message:"must have required property '"+"endsOn"+"'",schema:schema24.properties.contract.properties.termination.required,parentSchema:schema24.properties.contract.properties.termination,data:data35};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key7 in data35){
if(!((key7 === "noticedOn") || (key7 === "endsOn"))){
const err122 = {instancePath:instancePath+"/contract/termination",schemaPath:"#/properties/contract/properties/termination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.contract.properties.termination,data:data35};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data35.noticedOn !== undefined){
let data36 = data35.noticedOn;
if(typeof data36 === "string"){
if(!pattern5.test(data36)){
const err123 = {instancePath:instancePath+"/contract/termination/noticedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data36};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(!(formats0.validate(data36))){
const err124 = {instancePath:instancePath+"/contract/termination/noticedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data36};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/contract/termination/noticedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data36};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data35.endsOn !== undefined){
let data37 = data35.endsOn;
if(typeof data37 === "string"){
if(!pattern5.test(data37)){
const err126 = {instancePath:instancePath+"/contract/termination/endsOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data37};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!(formats0.validate(data37))){
const err127 = {instancePath:instancePath+"/contract/termination/endsOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data37};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/contract/termination/endsOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data37};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/contract/termination",schemaPath:"#/properties/contract/properties/termination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.contract.properties.termination.type,parentSchema:schema24.properties.contract.properties.termination,data:data35};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.contract.type,parentSchema:schema24.properties.contract,data:data24};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.servers !== undefined){
let data38 = data.servers;
if(Array.isArray(data38)){
if(data38.length < 1){
const err131 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.servers,data:data38};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len3 = data38.length;
for(let i5=0; i5<len3; i5++){
let data39 = data38[i5];
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.id === undefined){
const err132 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(data39.hostname === undefined){
const err133 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data39.environment === undefined){
const err134 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data39.os === undefined){
const err135 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data39.vvaultVersion === undefined){
const err136 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "vvaultVersion"},message:"must have required property '"+"vvaultVersion"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data39.storage === undefined){
const err137 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema24.properties.servers.items.required,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key8 in data39){
if(!(((((((key8 === "id") || (key8 === "hostname")) || (key8 === "environment")) || (key8 === "os")) || (key8 === "vvaultVersion")) || (key8 === "storage")) || (key8 === "monitoring"))){
const err138 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data39.id !== undefined){
let data40 = data39.id;
if(typeof data40 === "string"){
if(!pattern11.test(data40)){
const err139 = {instancePath:instancePath+"/servers/" + i5+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data40};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/servers/" + i5+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data40};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data39.hostname !== undefined){
let data41 = data39.hostname;
if(typeof data41 === "string"){
if(!pattern35.test(data41)){
const err141 = {instancePath:instancePath+"/servers/" + i5+"/hostname",schemaPath:"#/properties/servers/items/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$",parentSchema:schema24.properties.servers.items.properties.hostname,data:data41};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/servers/" + i5+"/hostname",schemaPath:"#/properties/servers/items/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.hostname.type,parentSchema:schema24.properties.servers.items.properties.hostname,data:data41};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data39.environment !== undefined){
let data42 = data39.environment;
if(typeof data42 !== "string"){
const err143 = {instancePath:instancePath+"/servers/" + i5+"/environment",schemaPath:"#/properties/servers/items/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.environment.type,parentSchema:schema24.properties.servers.items.properties.environment,data:data42};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(!(((((data42 === "azure") || (data42 === "aws")) || (data42 === "gcp")) || (data42 === "on-premises")) || (data42 === "other"))){
const err144 = {instancePath:instancePath+"/servers/" + i5+"/environment",schemaPath:"#/properties/servers/items/properties/environment/enum",keyword:"enum",params:{allowedValues: schema24.properties.servers.items.properties.environment.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.servers.items.properties.environment.enum,parentSchema:schema24.properties.servers.items.properties.environment,data:data42};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data39.os !== undefined){
let data43 = data39.os;
if(typeof data43 === "string"){
if(func2(data43) > 80){
const err145 = {instancePath:instancePath+"/servers/" + i5+"/os",schemaPath:"#/properties/servers/items/properties/os/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema24.properties.servers.items.properties.os,data:data43};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(func2(data43) < 1){
const err146 = {instancePath:instancePath+"/servers/" + i5+"/os",schemaPath:"#/properties/servers/items/properties/os/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.servers.items.properties.os,data:data43};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/servers/" + i5+"/os",schemaPath:"#/properties/servers/items/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.os.type,parentSchema:schema24.properties.servers.items.properties.os,data:data43};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data39.vvaultVersion !== undefined){
let data44 = data39.vvaultVersion;
if(typeof data44 === "string"){
if(!pattern36.test(data44)){
const err148 = {instancePath:instancePath+"/servers/" + i5+"/vvaultVersion",schemaPath:"#/properties/servers/items/properties/vvaultVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,3}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,3}$"+"\"",schema:"^[0-9]+(\\.[0-9]+){0,3}$",parentSchema:schema24.properties.servers.items.properties.vvaultVersion,data:data44};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/servers/" + i5+"/vvaultVersion",schemaPath:"#/properties/servers/items/properties/vvaultVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.vvaultVersion.type,parentSchema:schema24.properties.servers.items.properties.vvaultVersion,data:data44};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data39.storage !== undefined){
let data45 = data39.storage;
if(Array.isArray(data45)){
if(data45.length < 1){
const err150 = {instancePath:instancePath+"/servers/" + i5+"/storage",schemaPath:"#/properties/servers/items/properties/storage/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema24.properties.servers.items.properties.storage,data:data45};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
const len4 = data45.length;
for(let i6=0; i6<len4; i6++){
let data46 = data45[i6];
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.id === undefined){
const err151 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6,schemaPath:"#/properties/servers/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema24.properties.servers.items.properties.storage.items.required,parentSchema:schema24.properties.servers.items.properties.storage.items,data:data46};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data46.kind === undefined){
const err152 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6,schemaPath:"#/properties/servers/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema24.properties.servers.items.properties.storage.items.required,parentSchema:schema24.properties.servers.items.properties.storage.items,data:data46};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data46.role === undefined){
const err153 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6,schemaPath:"#/properties/servers/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema24.properties.servers.items.properties.storage.items.required,parentSchema:schema24.properties.servers.items.properties.storage.items,data:data46};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
for(const key9 in data46){
if(!(((((key9 === "id") || (key9 === "kind")) || (key9 === "path")) || (key9 === "provider")) || (key9 === "role"))){
const err154 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6,schemaPath:"#/properties/servers/items/properties/storage/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.servers.items.properties.storage.items,data:data46};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data46.id !== undefined){
let data47 = data46.id;
if(typeof data47 === "string"){
if(!pattern11.test(data47)){
const err155 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data47};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data47};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data46.kind !== undefined){
let data48 = data46.kind;
if(typeof data48 !== "string"){
const err157 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/kind",schemaPath:"#/properties/servers/items/properties/storage/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.storage.items.properties.kind.type,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.kind,data:data48};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(!((((data48 === "local") || (data48 === "san")) || (data48 === "nas")) || (data48 === "cloud"))){
const err158 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/kind",schemaPath:"#/properties/servers/items/properties/storage/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema24.properties.servers.items.properties.storage.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.servers.items.properties.storage.items.properties.kind.enum,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.kind,data:data48};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data46.path !== undefined){
let data49 = data46.path;
if(typeof data49 === "string"){
if(func2(data49) > 260){
const err159 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/path",schemaPath:"#/properties/servers/items/properties/storage/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 260},message:"must NOT have more than 260 characters",schema:260,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.path,data:data49};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(func2(data49) < 1){
const err160 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/path",schemaPath:"#/properties/servers/items/properties/storage/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.path,data:data49};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/path",schemaPath:"#/properties/servers/items/properties/storage/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.storage.items.properties.path.type,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.path,data:data49};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data46.provider !== undefined){
let data50 = data46.provider;
if(typeof data50 === "string"){
if(func2(data50) > 40){
const err162 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/provider",schemaPath:"#/properties/servers/items/properties/storage/items/properties/provider/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.provider,data:data50};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(func2(data50) < 1){
const err163 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/provider",schemaPath:"#/properties/servers/items/properties/storage/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.provider,data:data50};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/provider",schemaPath:"#/properties/servers/items/properties/storage/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.storage.items.properties.provider.type,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.provider,data:data50};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data46.role !== undefined){
let data51 = data46.role;
if(typeof data51 !== "string"){
const err165 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/role",schemaPath:"#/properties/servers/items/properties/storage/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.servers.items.properties.storage.items.properties.role.type,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.role,data:data51};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!(((((data51 === "master") || (data51 === "backup")) || (data51 === "tier")) || (data51 === "replica")) || (data51 === "other"))){
const err166 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6+"/role",schemaPath:"#/properties/servers/items/properties/storage/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema24.properties.servers.items.properties.storage.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema24.properties.servers.items.properties.storage.items.properties.role.enum,parentSchema:schema24.properties.servers.items.properties.storage.items.properties.role,data:data51};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/servers/" + i5+"/storage/" + i6,schemaPath:"#/properties/servers/items/properties/storage/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.servers.items.properties.storage.items.type,parentSchema:schema24.properties.servers.items.properties.storage.items,data:data46};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/servers/" + i5+"/storage",schemaPath:"#/properties/servers/items/properties/storage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.servers.items.properties.storage.type,parentSchema:schema24.properties.servers.items.properties.storage,data:data45};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data39.monitoring !== undefined){
let data52 = data39.monitoring;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key10 in data52){
if(!(((((key10 === "storage") || (key10 === "cpu")) || (key10 === "memory")) || (key10 === "diskBusy")) || (key10 === "network"))){
const err169 = {instancePath:instancePath+"/servers/" + i5+"/monitoring",schemaPath:"#/properties/servers/items/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.servers.items.properties.monitoring,data:data52};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data52.storage !== undefined){
let data53 = data52.storage;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(Object.keys(data53).length < 1){
const err170 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema50,data:data53};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
for(const key11 in data53){
if(!((key11 === "warningPercentUsed") || (key11 === "criticalPercentUsed"))){
const err171 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data53};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data53.warningPercentUsed !== undefined){
let data54 = data53.warningPercentUsed;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err172 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.warningPercentUsed.type,parentSchema:schema50.properties.warningPercentUsed,data:data54};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 > 100 || isNaN(data54)){
const err173 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.warningPercentUsed,data:data54};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data54 < 1 || isNaN(data54)){
const err174 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.warningPercentUsed,data:data54};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
if(data53.criticalPercentUsed !== undefined){
let data55 = data53.criticalPercentUsed;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err175 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.criticalPercentUsed.type,parentSchema:schema50.properties.criticalPercentUsed,data:data55};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 > 100 || isNaN(data55)){
const err176 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.criticalPercentUsed,data:data55};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data55 < 1 || isNaN(data55)){
const err177 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.criticalPercentUsed,data:data55};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
else {
const err178 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data53};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data52.cpu !== undefined){
let data56 = data52.cpu;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(Object.keys(data56).length < 1){
const err179 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data56};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
for(const key12 in data56){
if(!(((key12 === "warning") || (key12 === "critical")) || (key12 === "forMinutes"))){
const err180 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data56};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
if(data56.warning !== undefined){
let data57 = data56.warning;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err181 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data57};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 100 || isNaN(data57)){
const err182 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data57};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data57 < 1 || isNaN(data57)){
const err183 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data57};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
}
if(data56.critical !== undefined){
let data58 = data56.critical;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err184 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data58};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 > 100 || isNaN(data58)){
const err185 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data58};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(data58 < 1 || isNaN(data58)){
const err186 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data58};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
if(data56.forMinutes !== undefined){
let data59 = data56.forMinutes;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err187 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data59};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 > 1440 || isNaN(data59)){
const err188 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data59};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(data59 < 1 || isNaN(data59)){
const err189 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data59};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
}
else {
const err190 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data56};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data52.memory !== undefined){
let data60 = data52.memory;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(Object.keys(data60).length < 1){
const err191 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data60};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
for(const key13 in data60){
if(!(((key13 === "warning") || (key13 === "critical")) || (key13 === "forMinutes"))){
const err192 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data60};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data60.warning !== undefined){
let data61 = data60.warning;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err193 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data61};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 > 100 || isNaN(data61)){
const err194 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data61};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data61 < 1 || isNaN(data61)){
const err195 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data61};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
if(data60.critical !== undefined){
let data62 = data60.critical;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err196 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data62};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 > 100 || isNaN(data62)){
const err197 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data62};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data62 < 1 || isNaN(data62)){
const err198 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data62};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
if(data60.forMinutes !== undefined){
let data63 = data60.forMinutes;
if(!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63)))){
const err199 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data63};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if((typeof data63 == "number") && (isFinite(data63))){
if(data63 > 1440 || isNaN(data63)){
const err200 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data63};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data63 < 1 || isNaN(data63)){
const err201 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data63};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
}
else {
const err202 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data60};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data52.diskBusy !== undefined){
let data64 = data52.diskBusy;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(Object.keys(data64).length < 1){
const err203 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data64};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key14 in data64){
if(!(((key14 === "warning") || (key14 === "critical")) || (key14 === "forMinutes"))){
const err204 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data64};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data64.warning !== undefined){
let data65 = data64.warning;
if(!(((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65))) && (isFinite(data65)))){
const err205 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data65};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if((typeof data65 == "number") && (isFinite(data65))){
if(data65 > 100 || isNaN(data65)){
const err206 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data65};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(data65 < 1 || isNaN(data65)){
const err207 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data65};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
if(data64.critical !== undefined){
let data66 = data64.critical;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err208 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data66};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 > 100 || isNaN(data66)){
const err209 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data66};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data66 < 1 || isNaN(data66)){
const err210 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data66};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
if(data64.forMinutes !== undefined){
let data67 = data64.forMinutes;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err211 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data67};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 1440 || isNaN(data67)){
const err212 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data67};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data67 < 1 || isNaN(data67)){
const err213 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data67};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
}
else {
const err214 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data64};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data52.network !== undefined){
let data68 = data52.network;
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(Object.keys(data68).length < 1){
const err215 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data68};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key15 in data68){
if(!(((key15 === "warning") || (key15 === "critical")) || (key15 === "forMinutes"))){
const err216 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data68};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data68.warning !== undefined){
let data69 = data68.warning;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err217 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data69};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 > 100 || isNaN(data69)){
const err218 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data69};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(data69 < 1 || isNaN(data69)){
const err219 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data69};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
if(data68.critical !== undefined){
let data70 = data68.critical;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err220 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data70};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 100 || isNaN(data70)){
const err221 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data70};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data70 < 1 || isNaN(data70)){
const err222 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data70};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
if(data68.forMinutes !== undefined){
let data71 = data68.forMinutes;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err223 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data71};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 > 1440 || isNaN(data71)){
const err224 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data71};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data71 < 1 || isNaN(data71)){
const err225 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data71};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
}
else {
const err226 = {instancePath:instancePath+"/servers/" + i5+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data68};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
}
else {
const err227 = {instancePath:instancePath+"/servers/" + i5+"/monitoring",schemaPath:"#/properties/servers/items/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.servers.items.properties.monitoring.type,parentSchema:schema24.properties.servers.items.properties.monitoring,data:data52};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/servers/" + i5,schemaPath:"#/properties/servers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.servers.items.type,parentSchema:schema24.properties.servers.items,data:data39};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
}
else {
const err229 = {instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.servers.type,parentSchema:schema24.properties.servers,data:data38};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data.workOrders !== undefined){
let data72 = data.workOrders;
if(Array.isArray(data72)){
const len5 = data72.length;
for(let i7=0; i7<len5; i7++){
let data73 = data72[i7];
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.id === undefined){
const err230 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema24.properties.workOrders.items.required,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(data73.description === undefined){
const err231 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema24.properties.workOrders.items.required,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(data73.server === undefined){
const err232 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema24.properties.workOrders.items.required,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(data73.amount === undefined){
const err233 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema24.properties.workOrders.items.required,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
for(const key16 in data73){
if(!(func7.call(schema24.properties.workOrders.items.properties, key16))){
const err234 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data73.id !== undefined){
let data74 = data73.id;
if(typeof data74 === "string"){
if(!pattern11.test(data74)){
const err235 = {instancePath:instancePath+"/workOrders/" + i7+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data74};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
else {
const err236 = {instancePath:instancePath+"/workOrders/" + i7+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data74};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data73.description !== undefined){
let data75 = data73.description;
if(typeof data75 === "string"){
if(func2(data75) > 200){
const err237 = {instancePath:instancePath+"/workOrders/" + i7+"/description",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data75};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(func2(data75) < 1){
const err238 = {instancePath:instancePath+"/workOrders/" + i7+"/description",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data75};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(!pattern2.test(data75)){
const err239 = {instancePath:instancePath+"/workOrders/" + i7+"/description",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data75};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/workOrders/" + i7+"/description",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data75};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
if(data73.server !== undefined){
let data76 = data73.server;
if(typeof data76 === "string"){
if(!pattern11.test(data76)){
const err241 = {instancePath:instancePath+"/workOrders/" + i7+"/server",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data76};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
else {
const err242 = {instancePath:instancePath+"/workOrders/" + i7+"/server",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data76};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data73.amount !== undefined){
let data77 = data73.amount;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err243 = {instancePath:instancePath+"/workOrders/" + i7+"/amount",schemaPath:"common.schema.json#/definitions/yen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.type,parentSchema:schema58,data:data77};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 1000000000 || isNaN(data77)){
const err244 = {instancePath:instancePath+"/workOrders/" + i7+"/amount",schemaPath:"common.schema.json#/definitions/yen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema58,data:data77};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err245 = {instancePath:instancePath+"/workOrders/" + i7+"/amount",schemaPath:"common.schema.json#/definitions/yen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data77};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
if(data73.completedOn !== undefined){
let data78 = data73.completedOn;
if(typeof data78 === "string"){
if(!pattern5.test(data78)){
const err246 = {instancePath:instancePath+"/workOrders/" + i7+"/completedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data78};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if(!(formats0.validate(data78))){
const err247 = {instancePath:instancePath+"/workOrders/" + i7+"/completedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data78};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/workOrders/" + i7+"/completedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data78};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data73.mailedOn !== undefined){
let data79 = data73.mailedOn;
if(typeof data79 === "string"){
if(!pattern5.test(data79)){
const err249 = {instancePath:instancePath+"/workOrders/" + i7+"/mailedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data79};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(!(formats0.validate(data79))){
const err250 = {instancePath:instancePath+"/workOrders/" + i7+"/mailedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data79};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/workOrders/" + i7+"/mailedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data79};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data73.confirmedOn !== undefined){
let data80 = data73.confirmedOn;
if(typeof data80 === "string"){
if(!pattern5.test(data80)){
const err252 = {instancePath:instancePath+"/workOrders/" + i7+"/confirmedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data80};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(!(formats0.validate(data80))){
const err253 = {instancePath:instancePath+"/workOrders/" + i7+"/confirmedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data80};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/workOrders/" + i7+"/confirmedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data80};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data73.defectReportedOn !== undefined){
let data81 = data73.defectReportedOn;
if(typeof data81 === "string"){
if(!pattern5.test(data81)){
const err255 = {instancePath:instancePath+"/workOrders/" + i7+"/defectReportedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data81};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(!(formats0.validate(data81))){
const err256 = {instancePath:instancePath+"/workOrders/" + i7+"/defectReportedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data81};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/workOrders/" + i7+"/defectReportedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data81};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data73.reworkOf !== undefined){
let data82 = data73.reworkOf;
if(typeof data82 === "string"){
if(!pattern11.test(data82)){
const err258 = {instancePath:instancePath+"/workOrders/" + i7+"/reworkOf",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data82};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/workOrders/" + i7+"/reworkOf",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data82};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/workOrders/" + i7,schemaPath:"#/properties/workOrders/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.workOrders.items.type,parentSchema:schema24.properties.workOrders.items,data:data73};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/workOrders",schemaPath:"#/properties/workOrders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.workOrders.type,parentSchema:schema24.properties.workOrders,data:data72};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data.payments !== undefined){
let data83 = data.payments;
if(Array.isArray(data83)){
const len6 = data83.length;
for(let i8=0; i8<len6; i8++){
let data84 = data83[i8];
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.invoice === undefined){
const err262 = {instancePath:instancePath+"/payments/" + i8,schemaPath:"#/properties/payments/items/required",keyword:"required",params:{missingProperty: "invoice"},message:"must have required property '"+"invoice"+"'",schema:schema24.properties.payments.items.required,parentSchema:schema24.properties.payments.items,data:data84};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if(data84.paidOn === undefined){
const err263 = {instancePath:instancePath+"/payments/" + i8,schemaPath:"#/properties/payments/items/required",keyword:"required",params:{missingProperty: "paidOn"},message:"must have required property '"+"paidOn"+"'",schema:schema24.properties.payments.items.required,parentSchema:schema24.properties.payments.items,data:data84};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(data84.amount === undefined){
const err264 = {instancePath:instancePath+"/payments/" + i8,schemaPath:"#/properties/payments/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema24.properties.payments.items.required,parentSchema:schema24.properties.payments.items,data:data84};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
for(const key17 in data84){
if(!(((key17 === "invoice") || (key17 === "paidOn")) || (key17 === "amount"))){
const err265 = {instancePath:instancePath+"/payments/" + i8,schemaPath:"#/properties/payments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.payments.items,data:data84};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data84.invoice !== undefined){
let data85 = data84.invoice;
if(typeof data85 === "string"){
if(!pattern46.test(data85)){
const err266 = {instancePath:instancePath+"/payments/" + i8+"/invoice",schemaPath:"common.schema.json#/definitions/month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema64,data:data85};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/payments/" + i8+"/invoice",schemaPath:"common.schema.json#/definitions/month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data85};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data84.paidOn !== undefined){
let data86 = data84.paidOn;
if(typeof data86 === "string"){
if(!pattern5.test(data86)){
const err268 = {instancePath:instancePath+"/payments/" + i8+"/paidOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data86};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(!(formats0.validate(data86))){
const err269 = {instancePath:instancePath+"/payments/" + i8+"/paidOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data86};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else {
const err270 = {instancePath:instancePath+"/payments/" + i8+"/paidOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data86};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data84.amount !== undefined){
let data87 = data84.amount;
if(!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))){
const err271 = {instancePath:instancePath+"/payments/" + i8+"/amount",schemaPath:"common.schema.json#/definitions/yen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.type,parentSchema:schema58,data:data87};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 > 1000000000 || isNaN(data87)){
const err272 = {instancePath:instancePath+"/payments/" + i8+"/amount",schemaPath:"common.schema.json#/definitions/yen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema58,data:data87};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data87 < 0 || isNaN(data87)){
const err273 = {instancePath:instancePath+"/payments/" + i8+"/amount",schemaPath:"common.schema.json#/definitions/yen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data87};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
}
else {
const err274 = {instancePath:instancePath+"/payments/" + i8,schemaPath:"#/properties/payments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.payments.items.type,parentSchema:schema24.properties.payments.items,data:data84};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/payments",schemaPath:"#/properties/payments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.payments.type,parentSchema:schema24.properties.payments,data:data83};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data.corrections !== undefined){
let data88 = data.corrections;
if(Array.isArray(data88)){
const len7 = data88.length;
for(let i9=0; i9<len7; i9++){
let data89 = data88[i9];
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.invoice === undefined){
const err276 = {instancePath:instancePath+"/corrections/" + i9,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "invoice"},message:"must have required property '"+"invoice"+"'",schema:schema24.properties.corrections.items.required,parentSchema:schema24.properties.corrections.items,data:data89};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data89.reason === undefined){
const err277 = {instancePath:instancePath+"/corrections/" + i9,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema24.properties.corrections.items.required,parentSchema:schema24.properties.corrections.items,data:data89};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data89.issuedOn === undefined){
const err278 = {instancePath:instancePath+"/corrections/" + i9,schemaPath:"#/properties/corrections/items/required",keyword:"required",params:{missingProperty: "issuedOn"},message:"must have required property '"+"issuedOn"+"'",schema:schema24.properties.corrections.items.required,parentSchema:schema24.properties.corrections.items,data:data89};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
for(const key18 in data89){
if(!(((key18 === "invoice") || (key18 === "reason")) || (key18 === "issuedOn"))){
const err279 = {instancePath:instancePath+"/corrections/" + i9,schemaPath:"#/properties/corrections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema24.properties.corrections.items,data:data89};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data89.invoice !== undefined){
let data90 = data89.invoice;
if(typeof data90 === "string"){
if(!pattern46.test(data90)){
const err280 = {instancePath:instancePath+"/corrections/" + i9+"/invoice",schemaPath:"common.schema.json#/definitions/month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema64,data:data90};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/corrections/" + i9+"/invoice",schemaPath:"common.schema.json#/definitions/month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data90};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data89.reason !== undefined){
let data91 = data89.reason;
if(typeof data91 === "string"){
if(func2(data91) > 200){
const err282 = {instancePath:instancePath+"/corrections/" + i9+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema24.properties.corrections.items.properties.reason,data:data91};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(func2(data91) < 1){
const err283 = {instancePath:instancePath+"/corrections/" + i9+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema24.properties.corrections.items.properties.reason,data:data91};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
else {
const err284 = {instancePath:instancePath+"/corrections/" + i9+"/reason",schemaPath:"#/properties/corrections/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.properties.corrections.items.properties.reason.type,parentSchema:schema24.properties.corrections.items.properties.reason,data:data91};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data89.issuedOn !== undefined){
let data92 = data89.issuedOn;
if(typeof data92 === "string"){
if(!pattern5.test(data92)){
const err285 = {instancePath:instancePath+"/corrections/" + i9+"/issuedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data92};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if(!(formats0.validate(data92))){
const err286 = {instancePath:instancePath+"/corrections/" + i9+"/issuedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data92};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/corrections/" + i9+"/issuedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data92};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath:instancePath+"/corrections/" + i9,schemaPath:"#/properties/corrections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.properties.corrections.items.type,parentSchema:schema24.properties.corrections.items,data:data89};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/corrections",schemaPath:"#/properties/corrections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema24.properties.corrections.type,parentSchema:schema24.properties.corrections,data:data88};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

exports.monitoring = validate13;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/monitoring.schema.json","title":"Monitoring","description":"既定の監視設定と上書きの範囲（仕様書3） / Default monitoring setup and the bounds of customer overrides (spec 3)","type":"object","additionalProperties":false,"required":["heartbeat","eventLog","vvaultLog","services","processes","thresholds","bounds"],"properties":{"heartbeat":{"type":"object","title":"Heartbeat","description":"ハートビート（死活）監視 / Heartbeat monitoring","examples":[{"intervalSeconds":60,"missedBeats":3,"severity":"critical"}],"additionalProperties":false,"required":["intervalSeconds","missedBeats","severity"],"properties":{"intervalSeconds":{"type":"integer","description":"送信間隔（秒） / Interval, seconds","examples":[60],"minimum":10,"maximum":3600},"missedBeats":{"type":"integer","description":"欠落を障害とみなす回数 / Missed beats that count as down","examples":[3],"minimum":1,"maximum":100},"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["critical"]}}},"eventLog":{"type":"array","items":{"type":"object","title":"EventLogRule","description":"Windows イベントログ監視の規則 / Windows event log rule","additionalProperties":false,"required":["id","log","levels","severity"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"規則ID / Rule id","examples":["system-errors"]},"log":{"type":"string","enum":["System","Application","Security","Setup"],"description":"ログ名 / Log name","examples":["System"]},"sources":{"type":"array","items":{"type":"string","minLength":1,"maxLength":100,"description":"イベントソース / Event source","examples":["VVAULT"]},"description":"イベントソース（省略時はすべて） / Event sources; all when omitted","examples":[["VVAULT"]],"minItems":1,"uniqueItems":true},"levels":{"type":"array","items":{"type":"string","enum":["critical","error","warning","information"],"description":"レベル / Level","examples":["error"]},"description":"レベル / Levels","examples":[["critical","error"]],"minItems":1,"uniqueItems":true},"ids":{"type":"array","items":{"type":"integer","minimum":0,"maximum":65535,"description":"イベントID / Event id","examples":[7031]},"description":"イベントID（省略時はすべて） / Event ids; all when omitted","examples":[[7031,7034]],"minItems":1,"uniqueItems":true},"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["warning"]}}},"description":"イベントログ監視 / Event log rules","examples":[[{"id":"system-errors","log":"System","levels":["critical","error"],"severity":"warning"}]]},"vvaultLog":{"type":"object","title":"VvaultLog","description":"VVAULT ログ監視 / VVAULT log monitoring","examples":[{"path":"C:\\Program Files\\VVAULT\\Log\\*.log","encoding":"shift_jis","patterns":[{"id":"vvault-error","regex":"\\[ERROR\\]","severity":"critical"},{"id":"vvault-warn","regex":"\\[WARN\\]","severity":"warning"}]}],"additionalProperties":false,"required":["path","encoding","patterns"],"properties":{"path":{"type":"string","description":"ログファイルのパス（ワイルドカード可） / Log file path; wildcards allowed","examples":["C:\\Program Files\\VVAULT\\Log\\*.log"],"minLength":3,"maxLength":260},"encoding":{"type":"string","enum":["shift_jis","utf-8","utf-16-le"],"description":"文字コード / Encoding","examples":["shift_jis"]},"patterns":{"type":"array","items":{"type":"object","title":"LogPattern","description":"検知するパターン / Pattern to detect","additionalProperties":false,"required":["id","regex","severity"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"パターンID / Pattern id","examples":["vvault-error"]},"regex":{"type":"string","description":"正規表現 / Regular expression","examples":["\\[ERROR\\]"],"minLength":1,"maxLength":200},"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["critical"]}}},"description":"パターン / Patterns","examples":[[{"id":"vvault-error","regex":"\\[ERROR\\]","severity":"critical"}]],"minItems":1}}},"services":{"type":"array","items":{"type":"object","title":"ServiceRule","description":"VVAULT 関連サービス / VVAULT Windows service","additionalProperties":false,"required":["name","severity"],"properties":{"name":{"type":"string","description":"サービス名 / Service name","examples":["VVAULTService"],"pattern":"^[A-Za-z0-9_.-]{1,80}$"},"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["critical"]}}},"description":"VVAULT 関連サービス監視 / VVAULT services","examples":[[{"name":"VVAULTService","severity":"critical"}]],"minItems":1},"processes":{"type":"array","items":{"type":"object","title":"ProcessRule","description":"VVAULT 関連プロセス / VVAULT process","additionalProperties":false,"required":["name","min","severity"],"properties":{"name":{"type":"string","description":"プロセス名 / Process name","examples":["VVAULT.exe"],"pattern":"^[A-Za-z0-9_.-]{1,80}$"},"min":{"type":"integer","description":"最低プロセス数 / Minimum number of processes","examples":[1],"minimum":1,"maximum":100},"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["critical"]}}},"description":"VVAULT 関連プロセス監視 / VVAULT processes","examples":[[{"name":"VVAULT.exe","min":1,"severity":"critical"}]],"minItems":1},"thresholds":{"type":"object","title":"Thresholds","description":"しきい値の既定値 / Default thresholds","examples":[{"storage":{"warningPercentUsed":85,"criticalPercentUsed":95},"cpu":{"warning":80,"critical":95,"forMinutes":10},"memory":{"warning":85,"critical":95,"forMinutes":10},"diskBusy":{"warning":80,"critical":95,"forMinutes":15},"network":{"warning":70,"critical":90,"forMinutes":10}}],"additionalProperties":false,"required":["storage","cpu","memory","diskBusy","network"],"properties":{"storage":{"$ref":"common.schema.json#/definitions/storageThreshold","description":"ストレージ使用率 / Storage usage","examples":[{"warningPercentUsed":85,"criticalPercentUsed":95}]},"cpu":{"$ref":"common.schema.json#/definitions/threshold","description":"プロセッサビジー / Processor busy","examples":[{"warning":80,"critical":95,"forMinutes":10}]},"memory":{"$ref":"common.schema.json#/definitions/threshold","description":"メモリビジー / Memory busy","examples":[{"warning":85,"critical":95,"forMinutes":10}]},"diskBusy":{"$ref":"common.schema.json#/definitions/threshold","description":"ディスクビジー / Disk busy","examples":[{"warning":80,"critical":95,"forMinutes":15}]},"network":{"$ref":"common.schema.json#/definitions/threshold","description":"ネットワークビジー（リンク速度比 %） / Network busy, percent of link speed","examples":[{"warning":70,"critical":90,"forMinutes":10}]}}},"bounds":{"type":"object","title":"Bounds","description":"顧客ごとの上書きが取りうる範囲 / What a customer override may set","examples":[{"percent":{"min":50,"max":99},"forMinutes":{"min":1,"max":60}}],"additionalProperties":false,"required":["percent","forMinutes"],"properties":{"percent":{"type":"object","title":"Bound","description":"しきい値（%）の範囲 / Range of thresholds, percent","examples":[{"min":50,"max":99}],"additionalProperties":false,"required":["min","max"],"properties":{"min":{"type":"integer","description":"最小値 / Minimum","examples":[50],"minimum":0},"max":{"type":"integer","description":"最大値 / Maximum","examples":[99],"minimum":0}}},"forMinutes":{"type":"object","title":"Bound","description":"継続時間（分）の範囲 / Range of windows, minutes","examples":[{"min":1,"max":60}],"additionalProperties":false,"required":["min","max"],"properties":{"min":{"type":"integer","description":"最小値 / Minimum","examples":[1],"minimum":0},"max":{"type":"integer","description":"最大値 / Maximum","examples":[60],"minimum":0}}}}}}};
const schema70 = {"type":"string","enum":["critical","warning"],"description":"重大度 / Alert severity","examples":["critical"]};
const schema77 = {"type":"object","title":"StorageThreshold","description":"ストレージ使用率のしきい値（%） / Storage usage thresholds, percent used","examples":[{"warningPercentUsed":85,"criticalPercentUsed":95}],"additionalProperties":false,"required":["warningPercentUsed","criticalPercentUsed"],"properties":{"warningPercentUsed":{"type":"integer","description":"警告とする使用率（%） / Percent used that raises a warning","examples":[85],"minimum":1,"maximum":100},"criticalPercentUsed":{"type":"integer","description":"重大とする使用率（%） / Percent used that raises a critical alert","examples":[95],"minimum":1,"maximum":100}}};
const schema78 = {"type":"object","title":"BusyThreshold","description":"ビジー率のしきい値（%）と継続時間（分） / Busy threshold in percent with the window it must be exceeded for","examples":[{"warning":80,"critical":95,"forMinutes":10}],"additionalProperties":false,"required":["warning","critical","forMinutes"],"properties":{"warning":{"type":"integer","description":"警告のしきい値（%） / Warning threshold, percent","examples":[80],"minimum":1,"maximum":100},"critical":{"type":"integer","description":"重大のしきい値（%） / Critical threshold, percent","examples":[95],"minimum":1,"maximum":100},"forMinutes":{"type":"integer","description":"しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for","examples":[10],"minimum":1,"maximum":1440}}};
const pattern52 = new RegExp("^[A-Za-z0-9_.-]{1,80}$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/monitoring.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.heartbeat === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "heartbeat"},message:"must have required property '"+"heartbeat"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.eventLog === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "eventLog"},message:"must have required property '"+"eventLog"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.vvaultLog === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vvaultLog"},message:"must have required property '"+"vvaultLog"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.services === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.processes === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "processes"},message:"must have required property '"+"processes"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.thresholds === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.bounds === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bounds"},message:"must have required property '"+"bounds"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "heartbeat") || (key0 === "eventLog")) || (key0 === "vvaultLog")) || (key0 === "services")) || (key0 === "processes")) || (key0 === "thresholds")) || (key0 === "bounds"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.heartbeat !== undefined){
let data0 = data.heartbeat;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.intervalSeconds === undefined){
const err8 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "intervalSeconds"},message:"must have required property '"+"intervalSeconds"+"'",schema:schema69.properties.heartbeat.required,parentSchema:schema69.properties.heartbeat,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.missedBeats === undefined){
const err9 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "missedBeats"},message:"must have required property '"+"missedBeats"+"'",schema:schema69.properties.heartbeat.required,parentSchema:schema69.properties.heartbeat,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data0.severity === undefined){
const err10 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema69.properties.heartbeat.required,parentSchema:schema69.properties.heartbeat,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "intervalSeconds") || (key1 === "missedBeats")) || (key1 === "severity"))){
const err11 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.heartbeat,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.intervalSeconds !== undefined){
let data1 = data0.intervalSeconds;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err12 = {instancePath:instancePath+"/heartbeat/intervalSeconds",schemaPath:"#/properties/heartbeat/properties/intervalSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.heartbeat.properties.intervalSeconds.type,parentSchema:schema69.properties.heartbeat.properties.intervalSeconds,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 3600 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/heartbeat/intervalSeconds",schemaPath:"#/properties/heartbeat/properties/intervalSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema69.properties.heartbeat.properties.intervalSeconds,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data1 < 10 || isNaN(data1)){
const err14 = {instancePath:instancePath+"/heartbeat/intervalSeconds",schemaPath:"#/properties/heartbeat/properties/intervalSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10",schema:10,parentSchema:schema69.properties.heartbeat.properties.intervalSeconds,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data0.missedBeats !== undefined){
let data2 = data0.missedBeats;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/heartbeat/missedBeats",schemaPath:"#/properties/heartbeat/properties/missedBeats/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.heartbeat.properties.missedBeats.type,parentSchema:schema69.properties.heartbeat.properties.missedBeats,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/heartbeat/missedBeats",schemaPath:"#/properties/heartbeat/properties/missedBeats/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema69.properties.heartbeat.properties.missedBeats,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/heartbeat/missedBeats",schemaPath:"#/properties/heartbeat/properties/missedBeats/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema69.properties.heartbeat.properties.missedBeats,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data0.severity !== undefined){
let data3 = data0.severity;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/heartbeat/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data3 === "critical") || (data3 === "warning"))){
const err19 = {instancePath:instancePath+"/heartbeat/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/heartbeat",schemaPath:"#/properties/heartbeat/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.heartbeat.type,parentSchema:schema69.properties.heartbeat,data:data0};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.eventLog !== undefined){
let data4 = data.eventLog;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err21 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema69.properties.eventLog.items.required,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.log === undefined){
const err22 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/required",keyword:"required",params:{missingProperty: "log"},message:"must have required property '"+"log"+"'",schema:schema69.properties.eventLog.items.required,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.levels === undefined){
const err23 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/required",keyword:"required",params:{missingProperty: "levels"},message:"must have required property '"+"levels"+"'",schema:schema69.properties.eventLog.items.required,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.severity === undefined){
const err24 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema69.properties.eventLog.items.required,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data5){
if(!((((((key2 === "id") || (key2 === "log")) || (key2 === "sources")) || (key2 === "levels")) || (key2 === "ids")) || (key2 === "severity"))){
const err25 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(typeof data6 === "string"){
if(!pattern11.test(data6)){
const err26 = {instancePath:instancePath+"/eventLog/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/eventLog/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.log !== undefined){
let data7 = data5.log;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/eventLog/" + i0+"/log",schemaPath:"#/properties/eventLog/items/properties/log/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.eventLog.items.properties.log.type,parentSchema:schema69.properties.eventLog.items.properties.log,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((((data7 === "System") || (data7 === "Application")) || (data7 === "Security")) || (data7 === "Setup"))){
const err29 = {instancePath:instancePath+"/eventLog/" + i0+"/log",schemaPath:"#/properties/eventLog/items/properties/log/enum",keyword:"enum",params:{allowedValues: schema69.properties.eventLog.items.properties.log.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.eventLog.items.properties.log.enum,parentSchema:schema69.properties.eventLog.items.properties.log,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.sources !== undefined){
let data8 = data5.sources;
if(Array.isArray(data8)){
if(data8.length < 1){
const err30 = {instancePath:instancePath+"/eventLog/" + i0+"/sources",schemaPath:"#/properties/eventLog/items/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.eventLog.items.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 === "string"){
if(func2(data9) > 100){
const err31 = {instancePath:instancePath+"/eventLog/" + i0+"/sources/" + i1,schemaPath:"#/properties/eventLog/items/properties/sources/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema69.properties.eventLog.items.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data9) < 1){
const err32 = {instancePath:instancePath+"/eventLog/" + i0+"/sources/" + i1,schemaPath:"#/properties/eventLog/items/properties/sources/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.eventLog.items.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/eventLog/" + i0+"/sources/" + i1,schemaPath:"#/properties/eventLog/items/properties/sources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.eventLog.items.properties.sources.items.type,parentSchema:schema69.properties.eventLog.items.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let i2 = data8.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data8[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err34 = {instancePath:instancePath+"/eventLog/" + i0+"/sources",schemaPath:"#/properties/eventLog/items/properties/sources/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema69.properties.eventLog.items.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err35 = {instancePath:instancePath+"/eventLog/" + i0+"/sources",schemaPath:"#/properties/eventLog/items/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.eventLog.items.properties.sources.type,parentSchema:schema69.properties.eventLog.items.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data5.levels !== undefined){
let data10 = data5.levels;
if(Array.isArray(data10)){
if(data10.length < 1){
const err36 = {instancePath:instancePath+"/eventLog/" + i0+"/levels",schemaPath:"#/properties/eventLog/items/properties/levels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.eventLog.items.properties.levels,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
const len2 = data10.length;
for(let i3=0; i3<len2; i3++){
let data11 = data10[i3];
if(typeof data11 !== "string"){
const err37 = {instancePath:instancePath+"/eventLog/" + i0+"/levels/" + i3,schemaPath:"#/properties/eventLog/items/properties/levels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.eventLog.items.properties.levels.items.type,parentSchema:schema69.properties.eventLog.items.properties.levels.items,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!((((data11 === "critical") || (data11 === "error")) || (data11 === "warning")) || (data11 === "information"))){
const err38 = {instancePath:instancePath+"/eventLog/" + i0+"/levels/" + i3,schemaPath:"#/properties/eventLog/items/properties/levels/items/enum",keyword:"enum",params:{allowedValues: schema69.properties.eventLog.items.properties.levels.items.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.eventLog.items.properties.levels.items.enum,parentSchema:schema69.properties.eventLog.items.properties.levels.items,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i4 = data10.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data10[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err39 = {instancePath:instancePath+"/eventLog/" + i0+"/levels",schemaPath:"#/properties/eventLog/items/properties/levels/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema69.properties.eventLog.items.properties.levels,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err40 = {instancePath:instancePath+"/eventLog/" + i0+"/levels",schemaPath:"#/properties/eventLog/items/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.eventLog.items.properties.levels.type,parentSchema:schema69.properties.eventLog.items.properties.levels,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.ids !== undefined){
let data12 = data5.ids;
if(Array.isArray(data12)){
if(data12.length < 1){
const err41 = {instancePath:instancePath+"/eventLog/" + i0+"/ids",schemaPath:"#/properties/eventLog/items/properties/ids/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.eventLog.items.properties.ids,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len3 = data12.length;
for(let i5=0; i5<len3; i5++){
let data13 = data12[i5];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err42 = {instancePath:instancePath+"/eventLog/" + i0+"/ids/" + i5,schemaPath:"#/properties/eventLog/items/properties/ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.eventLog.items.properties.ids.items.type,parentSchema:schema69.properties.eventLog.items.properties.ids.items,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 65535 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/eventLog/" + i0+"/ids/" + i5,schemaPath:"#/properties/eventLog/items/properties/ids/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema69.properties.eventLog.items.properties.ids.items,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err44 = {instancePath:instancePath+"/eventLog/" + i0+"/ids/" + i5,schemaPath:"#/properties/eventLog/items/properties/ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.eventLog.items.properties.ids.items,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
let i6 = data12.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data12[i6];
if(!(((typeof item2 == "number") && (!(item2 % 1) && !isNaN(item2))) && (isFinite(item2)))){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err45 = {instancePath:instancePath+"/eventLog/" + i0+"/ids",schemaPath:"#/properties/eventLog/items/properties/ids/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema69.properties.eventLog.items.properties.ids,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err46 = {instancePath:instancePath+"/eventLog/" + i0+"/ids",schemaPath:"#/properties/eventLog/items/properties/ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.eventLog.items.properties.ids.type,parentSchema:schema69.properties.eventLog.items.properties.ids,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data5.severity !== undefined){
let data14 = data5.severity;
if(typeof data14 !== "string"){
const err47 = {instancePath:instancePath+"/eventLog/" + i0+"/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data14 === "critical") || (data14 === "warning"))){
const err48 = {instancePath:instancePath+"/eventLog/" + i0+"/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/eventLog/" + i0,schemaPath:"#/properties/eventLog/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.eventLog.items.type,parentSchema:schema69.properties.eventLog.items,data:data5};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/eventLog",schemaPath:"#/properties/eventLog/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.eventLog.type,parentSchema:schema69.properties.eventLog,data:data4};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.vvaultLog !== undefined){
let data15 = data.vvaultLog;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.path === undefined){
const err51 = {instancePath:instancePath+"/vvaultLog",schemaPath:"#/properties/vvaultLog/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema69.properties.vvaultLog.required,parentSchema:schema69.properties.vvaultLog,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data15.encoding === undefined){
const err52 = {instancePath:instancePath+"/vvaultLog",schemaPath:"#/properties/vvaultLog/required",keyword:"required",params:{missingProperty: "encoding"},message:"must have required property '"+"encoding"+"'",schema:schema69.properties.vvaultLog.required,parentSchema:schema69.properties.vvaultLog,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data15.patterns === undefined){
const err53 = {instancePath:instancePath+"/vvaultLog",schemaPath:"#/properties/vvaultLog/required",keyword:"required",params:{missingProperty: "patterns"},message:"must have required property '"+"patterns"+"'",schema:schema69.properties.vvaultLog.required,parentSchema:schema69.properties.vvaultLog,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key3 in data15){
if(!(((key3 === "path") || (key3 === "encoding")) || (key3 === "patterns"))){
const err54 = {instancePath:instancePath+"/vvaultLog",schemaPath:"#/properties/vvaultLog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.vvaultLog,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data15.path !== undefined){
let data16 = data15.path;
if(typeof data16 === "string"){
if(func2(data16) > 260){
const err55 = {instancePath:instancePath+"/vvaultLog/path",schemaPath:"#/properties/vvaultLog/properties/path/maxLength",keyword:"maxLength",params:{limit: 260},message:"must NOT have more than 260 characters",schema:260,parentSchema:schema69.properties.vvaultLog.properties.path,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(func2(data16) < 3){
const err56 = {instancePath:instancePath+"/vvaultLog/path",schemaPath:"#/properties/vvaultLog/properties/path/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema69.properties.vvaultLog.properties.path,data:data16};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/vvaultLog/path",schemaPath:"#/properties/vvaultLog/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.vvaultLog.properties.path.type,parentSchema:schema69.properties.vvaultLog.properties.path,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.encoding !== undefined){
let data17 = data15.encoding;
if(typeof data17 !== "string"){
const err58 = {instancePath:instancePath+"/vvaultLog/encoding",schemaPath:"#/properties/vvaultLog/properties/encoding/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.vvaultLog.properties.encoding.type,parentSchema:schema69.properties.vvaultLog.properties.encoding,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(((data17 === "shift_jis") || (data17 === "utf-8")) || (data17 === "utf-16-le"))){
const err59 = {instancePath:instancePath+"/vvaultLog/encoding",schemaPath:"#/properties/vvaultLog/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema69.properties.vvaultLog.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.vvaultLog.properties.encoding.enum,parentSchema:schema69.properties.vvaultLog.properties.encoding,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data15.patterns !== undefined){
let data18 = data15.patterns;
if(Array.isArray(data18)){
if(data18.length < 1){
const err60 = {instancePath:instancePath+"/vvaultLog/patterns",schemaPath:"#/properties/vvaultLog/properties/patterns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.vvaultLog.properties.patterns,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len4 = data18.length;
for(let i7=0; i7<len4; i7++){
let data19 = data18[i7];
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.id === undefined){
const err61 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7,schemaPath:"#/properties/vvaultLog/properties/patterns/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema69.properties.vvaultLog.properties.patterns.items.required,parentSchema:schema69.properties.vvaultLog.properties.patterns.items,data:data19};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data19.regex === undefined){
const err62 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7,schemaPath:"#/properties/vvaultLog/properties/patterns/items/required",keyword:"required",params:{missingProperty: "regex"},message:"must have required property '"+"regex"+"'",schema:schema69.properties.vvaultLog.properties.patterns.items.required,parentSchema:schema69.properties.vvaultLog.properties.patterns.items,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data19.severity === undefined){
const err63 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7,schemaPath:"#/properties/vvaultLog/properties/patterns/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema69.properties.vvaultLog.properties.patterns.items.required,parentSchema:schema69.properties.vvaultLog.properties.patterns.items,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key4 in data19){
if(!(((key4 === "id") || (key4 === "regex")) || (key4 === "severity"))){
const err64 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7,schemaPath:"#/properties/vvaultLog/properties/patterns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.vvaultLog.properties.patterns.items,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data19.id !== undefined){
let data20 = data19.id;
if(typeof data20 === "string"){
if(!pattern11.test(data20)){
const err65 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data19.regex !== undefined){
let data21 = data19.regex;
if(typeof data21 === "string"){
if(func2(data21) > 200){
const err67 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/regex",schemaPath:"#/properties/vvaultLog/properties/patterns/items/properties/regex/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema69.properties.vvaultLog.properties.patterns.items.properties.regex,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data21) < 1){
const err68 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/regex",schemaPath:"#/properties/vvaultLog/properties/patterns/items/properties/regex/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.vvaultLog.properties.patterns.items.properties.regex,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/regex",schemaPath:"#/properties/vvaultLog/properties/patterns/items/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.vvaultLog.properties.patterns.items.properties.regex.type,parentSchema:schema69.properties.vvaultLog.properties.patterns.items.properties.regex,data:data21};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data19.severity !== undefined){
let data22 = data19.severity;
if(typeof data22 !== "string"){
const err70 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!((data22 === "critical") || (data22 === "warning"))){
const err71 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7+"/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/vvaultLog/patterns/" + i7,schemaPath:"#/properties/vvaultLog/properties/patterns/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.vvaultLog.properties.patterns.items.type,parentSchema:schema69.properties.vvaultLog.properties.patterns.items,data:data19};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/vvaultLog/patterns",schemaPath:"#/properties/vvaultLog/properties/patterns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.vvaultLog.properties.patterns.type,parentSchema:schema69.properties.vvaultLog.properties.patterns,data:data18};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/vvaultLog",schemaPath:"#/properties/vvaultLog/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.vvaultLog.type,parentSchema:schema69.properties.vvaultLog,data:data15};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.services !== undefined){
let data23 = data.services;
if(Array.isArray(data23)){
if(data23.length < 1){
const err75 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.services,data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
const len5 = data23.length;
for(let i8=0; i8<len5; i8++){
let data24 = data23[i8];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err76 = {instancePath:instancePath+"/services/" + i8,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.properties.services.items.required,parentSchema:schema69.properties.services.items,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data24.severity === undefined){
const err77 = {instancePath:instancePath+"/services/" + i8,schemaPath:"#/properties/services/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema69.properties.services.items.required,parentSchema:schema69.properties.services.items,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
for(const key5 in data24){
if(!((key5 === "name") || (key5 === "severity"))){
const err78 = {instancePath:instancePath+"/services/" + i8,schemaPath:"#/properties/services/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.services.items,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(!pattern52.test(data25)){
const err79 = {instancePath:instancePath+"/services/" + i8+"/name",schemaPath:"#/properties/services/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,80}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,80}$",parentSchema:schema69.properties.services.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/services/" + i8+"/name",schemaPath:"#/properties/services/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.services.items.properties.name.type,parentSchema:schema69.properties.services.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data24.severity !== undefined){
let data26 = data24.severity;
if(typeof data26 !== "string"){
const err81 = {instancePath:instancePath+"/services/" + i8+"/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data26};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!((data26 === "critical") || (data26 === "warning"))){
const err82 = {instancePath:instancePath+"/services/" + i8+"/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data26};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/services/" + i8,schemaPath:"#/properties/services/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.services.items.type,parentSchema:schema69.properties.services.items,data:data24};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.services.type,parentSchema:schema69.properties.services,data:data23};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.processes !== undefined){
let data27 = data.processes;
if(Array.isArray(data27)){
if(data27.length < 1){
const err85 = {instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.processes,data:data27};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
const len6 = data27.length;
for(let i9=0; i9<len6; i9++){
let data28 = data27[i9];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.name === undefined){
const err86 = {instancePath:instancePath+"/processes/" + i9,schemaPath:"#/properties/processes/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema69.properties.processes.items.required,parentSchema:schema69.properties.processes.items,data:data28};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data28.min === undefined){
const err87 = {instancePath:instancePath+"/processes/" + i9,schemaPath:"#/properties/processes/items/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema69.properties.processes.items.required,parentSchema:schema69.properties.processes.items,data:data28};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data28.severity === undefined){
const err88 = {instancePath:instancePath+"/processes/" + i9,schemaPath:"#/properties/processes/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema69.properties.processes.items.required,parentSchema:schema69.properties.processes.items,data:data28};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key6 in data28){
if(!(((key6 === "name") || (key6 === "min")) || (key6 === "severity"))){
const err89 = {instancePath:instancePath+"/processes/" + i9,schemaPath:"#/properties/processes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.processes.items,data:data28};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data28.name !== undefined){
let data29 = data28.name;
if(typeof data29 === "string"){
if(!pattern52.test(data29)){
const err90 = {instancePath:instancePath+"/processes/" + i9+"/name",schemaPath:"#/properties/processes/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]{1,80}$"+"\"",schema:"^[A-Za-z0-9_.-]{1,80}$",parentSchema:schema69.properties.processes.items.properties.name,data:data29};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/processes/" + i9+"/name",schemaPath:"#/properties/processes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.processes.items.properties.name.type,parentSchema:schema69.properties.processes.items.properties.name,data:data29};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data28.min !== undefined){
let data30 = data28.min;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err92 = {instancePath:instancePath+"/processes/" + i9+"/min",schemaPath:"#/properties/processes/items/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.processes.items.properties.min.type,parentSchema:schema69.properties.processes.items.properties.min,data:data30};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 100 || isNaN(data30)){
const err93 = {instancePath:instancePath+"/processes/" + i9+"/min",schemaPath:"#/properties/processes/items/properties/min/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema69.properties.processes.items.properties.min,data:data30};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err94 = {instancePath:instancePath+"/processes/" + i9+"/min",schemaPath:"#/properties/processes/items/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema69.properties.processes.items.properties.min,data:data30};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
if(data28.severity !== undefined){
let data31 = data28.severity;
if(typeof data31 !== "string"){
const err95 = {instancePath:instancePath+"/processes/" + i9+"/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data31};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((data31 === "critical") || (data31 === "warning"))){
const err96 = {instancePath:instancePath+"/processes/" + i9+"/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data31};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/processes/" + i9,schemaPath:"#/properties/processes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.processes.items.type,parentSchema:schema69.properties.processes.items,data:data28};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/processes",schemaPath:"#/properties/processes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.processes.type,parentSchema:schema69.properties.processes,data:data27};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data32 = data.thresholds;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.storage === undefined){
const err99 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema69.properties.thresholds.required,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data32.cpu === undefined){
const err100 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "cpu"},message:"must have required property '"+"cpu"+"'",schema:schema69.properties.thresholds.required,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data32.memory === undefined){
const err101 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "memory"},message:"must have required property '"+"memory"+"'",schema:schema69.properties.thresholds.required,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data32.diskBusy === undefined){
const err102 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "diskBusy"},message:"must have required property '"+"diskBusy"+"'",schema:schema69.properties.thresholds.required,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data32.network === undefined){
const err103 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'",schema:schema69.properties.thresholds.required,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key7 in data32){
if(!(((((key7 === "storage") || (key7 === "cpu")) || (key7 === "memory")) || (key7 === "diskBusy")) || (key7 === "network"))){
const err104 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data32.storage !== undefined){
let data33 = data32.storage;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.warningPercentUsed === undefined){
const err105 = {instancePath:instancePath+"/thresholds/storage",schemaPath:"common.schema.json#/definitions/storageThreshold/required",keyword:"required",params:{missingProperty: "warningPercentUsed"},message:"must have required property '"+"warningPercentUsed"+"'",schema:schema77.required,parentSchema:schema77,data:data33};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data33.criticalPercentUsed === undefined){
const err106 = {instancePath:instancePath+"/thresholds/storage",schemaPath:"common.schema.json#/definitions/storageThreshold/required",keyword:"required",params:{missingProperty: "criticalPercentUsed"},message:"must have required property '"+"criticalPercentUsed"+"'",schema:schema77.required,parentSchema:schema77,data:data33};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
for(const key8 in data33){
if(!((key8 === "warningPercentUsed") || (key8 === "criticalPercentUsed"))){
const err107 = {instancePath:instancePath+"/thresholds/storage",schemaPath:"common.schema.json#/definitions/storageThreshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data:data33};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data33.warningPercentUsed !== undefined){
let data34 = data33.warningPercentUsed;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
const err108 = {instancePath:instancePath+"/thresholds/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/warningPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.warningPercentUsed.type,parentSchema:schema77.properties.warningPercentUsed,data:data34};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 100 || isNaN(data34)){
const err109 = {instancePath:instancePath+"/thresholds/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/warningPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema77.properties.warningPercentUsed,data:data34};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data34 < 1 || isNaN(data34)){
const err110 = {instancePath:instancePath+"/thresholds/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/warningPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema77.properties.warningPercentUsed,data:data34};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
if(data33.criticalPercentUsed !== undefined){
let data35 = data33.criticalPercentUsed;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err111 = {instancePath:instancePath+"/thresholds/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/criticalPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema77.properties.criticalPercentUsed.type,parentSchema:schema77.properties.criticalPercentUsed,data:data35};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 100 || isNaN(data35)){
const err112 = {instancePath:instancePath+"/thresholds/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/criticalPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema77.properties.criticalPercentUsed,data:data35};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data35 < 1 || isNaN(data35)){
const err113 = {instancePath:instancePath+"/thresholds/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThreshold/properties/criticalPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema77.properties.criticalPercentUsed,data:data35};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
else {
const err114 = {instancePath:instancePath+"/thresholds/storage",schemaPath:"common.schema.json#/definitions/storageThreshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data:data33};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data32.cpu !== undefined){
let data36 = data32.cpu;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.warning === undefined){
const err115 = {instancePath:instancePath+"/thresholds/cpu",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "warning"},message:"must have required property '"+"warning"+"'",schema:schema78.required,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data36.critical === undefined){
const err116 = {instancePath:instancePath+"/thresholds/cpu",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema78.required,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data36.forMinutes === undefined){
const err117 = {instancePath:instancePath+"/thresholds/cpu",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "forMinutes"},message:"must have required property '"+"forMinutes"+"'",schema:schema78.required,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key9 in data36){
if(!(((key9 === "warning") || (key9 === "critical")) || (key9 === "forMinutes"))){
const err118 = {instancePath:instancePath+"/thresholds/cpu",schemaPath:"common.schema.json#/definitions/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data36.warning !== undefined){
let data37 = data36.warning;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err119 = {instancePath:instancePath+"/thresholds/cpu/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.warning.type,parentSchema:schema78.properties.warning,data:data37};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 100 || isNaN(data37)){
const err120 = {instancePath:instancePath+"/thresholds/cpu/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.warning,data:data37};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data37 < 1 || isNaN(data37)){
const err121 = {instancePath:instancePath+"/thresholds/cpu/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.warning,data:data37};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data36.critical !== undefined){
let data38 = data36.critical;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err122 = {instancePath:instancePath+"/thresholds/cpu/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.critical.type,parentSchema:schema78.properties.critical,data:data38};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 100 || isNaN(data38)){
const err123 = {instancePath:instancePath+"/thresholds/cpu/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.critical,data:data38};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data38 < 1 || isNaN(data38)){
const err124 = {instancePath:instancePath+"/thresholds/cpu/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.critical,data:data38};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
if(data36.forMinutes !== undefined){
let data39 = data36.forMinutes;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err125 = {instancePath:instancePath+"/thresholds/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.forMinutes.type,parentSchema:schema78.properties.forMinutes,data:data39};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 1440 || isNaN(data39)){
const err126 = {instancePath:instancePath+"/thresholds/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema78.properties.forMinutes,data:data39};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data39 < 1 || isNaN(data39)){
const err127 = {instancePath:instancePath+"/thresholds/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.forMinutes,data:data39};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
}
else {
const err128 = {instancePath:instancePath+"/thresholds/cpu",schemaPath:"common.schema.json#/definitions/threshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data36};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data32.memory !== undefined){
let data40 = data32.memory;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.warning === undefined){
const err129 = {instancePath:instancePath+"/thresholds/memory",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "warning"},message:"must have required property '"+"warning"+"'",schema:schema78.required,parentSchema:schema78,data:data40};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data40.critical === undefined){
const err130 = {instancePath:instancePath+"/thresholds/memory",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema78.required,parentSchema:schema78,data:data40};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if(data40.forMinutes === undefined){
const err131 = {instancePath:instancePath+"/thresholds/memory",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "forMinutes"},message:"must have required property '"+"forMinutes"+"'",schema:schema78.required,parentSchema:schema78,data:data40};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key10 in data40){
if(!(((key10 === "warning") || (key10 === "critical")) || (key10 === "forMinutes"))){
const err132 = {instancePath:instancePath+"/thresholds/memory",schemaPath:"common.schema.json#/definitions/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data40};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data40.warning !== undefined){
let data41 = data40.warning;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err133 = {instancePath:instancePath+"/thresholds/memory/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.warning.type,parentSchema:schema78.properties.warning,data:data41};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 100 || isNaN(data41)){
const err134 = {instancePath:instancePath+"/thresholds/memory/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.warning,data:data41};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err135 = {instancePath:instancePath+"/thresholds/memory/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.warning,data:data41};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
if(data40.critical !== undefined){
let data42 = data40.critical;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
const err136 = {instancePath:instancePath+"/thresholds/memory/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.critical.type,parentSchema:schema78.properties.critical,data:data42};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 100 || isNaN(data42)){
const err137 = {instancePath:instancePath+"/thresholds/memory/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.critical,data:data42};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data42 < 1 || isNaN(data42)){
const err138 = {instancePath:instancePath+"/thresholds/memory/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.critical,data:data42};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
if(data40.forMinutes !== undefined){
let data43 = data40.forMinutes;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
const err139 = {instancePath:instancePath+"/thresholds/memory/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.forMinutes.type,parentSchema:schema78.properties.forMinutes,data:data43};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 1440 || isNaN(data43)){
const err140 = {instancePath:instancePath+"/thresholds/memory/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema78.properties.forMinutes,data:data43};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data43 < 1 || isNaN(data43)){
const err141 = {instancePath:instancePath+"/thresholds/memory/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.forMinutes,data:data43};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
}
else {
const err142 = {instancePath:instancePath+"/thresholds/memory",schemaPath:"common.schema.json#/definitions/threshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data40};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data32.diskBusy !== undefined){
let data44 = data32.diskBusy;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.warning === undefined){
const err143 = {instancePath:instancePath+"/thresholds/diskBusy",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "warning"},message:"must have required property '"+"warning"+"'",schema:schema78.required,parentSchema:schema78,data:data44};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data44.critical === undefined){
const err144 = {instancePath:instancePath+"/thresholds/diskBusy",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema78.required,parentSchema:schema78,data:data44};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data44.forMinutes === undefined){
const err145 = {instancePath:instancePath+"/thresholds/diskBusy",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "forMinutes"},message:"must have required property '"+"forMinutes"+"'",schema:schema78.required,parentSchema:schema78,data:data44};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key11 in data44){
if(!(((key11 === "warning") || (key11 === "critical")) || (key11 === "forMinutes"))){
const err146 = {instancePath:instancePath+"/thresholds/diskBusy",schemaPath:"common.schema.json#/definitions/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data44};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data44.warning !== undefined){
let data45 = data44.warning;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
const err147 = {instancePath:instancePath+"/thresholds/diskBusy/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.warning.type,parentSchema:schema78.properties.warning,data:data45};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 100 || isNaN(data45)){
const err148 = {instancePath:instancePath+"/thresholds/diskBusy/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.warning,data:data45};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(data45 < 1 || isNaN(data45)){
const err149 = {instancePath:instancePath+"/thresholds/diskBusy/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.warning,data:data45};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
if(data44.critical !== undefined){
let data46 = data44.critical;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err150 = {instancePath:instancePath+"/thresholds/diskBusy/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.critical.type,parentSchema:schema78.properties.critical,data:data46};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 100 || isNaN(data46)){
const err151 = {instancePath:instancePath+"/thresholds/diskBusy/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.critical,data:data46};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data46 < 1 || isNaN(data46)){
const err152 = {instancePath:instancePath+"/thresholds/diskBusy/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.critical,data:data46};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
if(data44.forMinutes !== undefined){
let data47 = data44.forMinutes;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err153 = {instancePath:instancePath+"/thresholds/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.forMinutes.type,parentSchema:schema78.properties.forMinutes,data:data47};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1440 || isNaN(data47)){
const err154 = {instancePath:instancePath+"/thresholds/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema78.properties.forMinutes,data:data47};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err155 = {instancePath:instancePath+"/thresholds/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.forMinutes,data:data47};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
}
else {
const err156 = {instancePath:instancePath+"/thresholds/diskBusy",schemaPath:"common.schema.json#/definitions/threshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data44};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data32.network !== undefined){
let data48 = data32.network;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.warning === undefined){
const err157 = {instancePath:instancePath+"/thresholds/network",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "warning"},message:"must have required property '"+"warning"+"'",schema:schema78.required,parentSchema:schema78,data:data48};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(data48.critical === undefined){
const err158 = {instancePath:instancePath+"/thresholds/network",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema78.required,parentSchema:schema78,data:data48};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data48.forMinutes === undefined){
const err159 = {instancePath:instancePath+"/thresholds/network",schemaPath:"common.schema.json#/definitions/threshold/required",keyword:"required",params:{missingProperty: "forMinutes"},message:"must have required property '"+"forMinutes"+"'",schema:schema78.required,parentSchema:schema78,data:data48};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
for(const key12 in data48){
if(!(((key12 === "warning") || (key12 === "critical")) || (key12 === "forMinutes"))){
const err160 = {instancePath:instancePath+"/thresholds/network",schemaPath:"common.schema.json#/definitions/threshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data48};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data48.warning !== undefined){
let data49 = data48.warning;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err161 = {instancePath:instancePath+"/thresholds/network/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.warning.type,parentSchema:schema78.properties.warning,data:data49};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 100 || isNaN(data49)){
const err162 = {instancePath:instancePath+"/thresholds/network/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.warning,data:data49};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data49 < 1 || isNaN(data49)){
const err163 = {instancePath:instancePath+"/thresholds/network/warning",schemaPath:"common.schema.json#/definitions/threshold/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.warning,data:data49};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
if(data48.critical !== undefined){
let data50 = data48.critical;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err164 = {instancePath:instancePath+"/thresholds/network/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.critical.type,parentSchema:schema78.properties.critical,data:data50};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 100 || isNaN(data50)){
const err165 = {instancePath:instancePath+"/thresholds/network/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema78.properties.critical,data:data50};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data50 < 1 || isNaN(data50)){
const err166 = {instancePath:instancePath+"/thresholds/network/critical",schemaPath:"common.schema.json#/definitions/threshold/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.critical,data:data50};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
if(data48.forMinutes !== undefined){
let data51 = data48.forMinutes;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err167 = {instancePath:instancePath+"/thresholds/network/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.forMinutes.type,parentSchema:schema78.properties.forMinutes,data:data51};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 1440 || isNaN(data51)){
const err168 = {instancePath:instancePath+"/thresholds/network/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema78.properties.forMinutes,data:data51};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data51 < 1 || isNaN(data51)){
const err169 = {instancePath:instancePath+"/thresholds/network/forMinutes",schemaPath:"common.schema.json#/definitions/threshold/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema78.properties.forMinutes,data:data51};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
}
else {
const err170 = {instancePath:instancePath+"/thresholds/network",schemaPath:"common.schema.json#/definitions/threshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data48};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
}
else {
const err171 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.thresholds.type,parentSchema:schema69.properties.thresholds,data:data32};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data.bounds !== undefined){
let data52 = data.bounds;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.percent === undefined){
const err172 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "percent"},message:"must have required property '"+"percent"+"'",schema:schema69.properties.bounds.required,parentSchema:schema69.properties.bounds,data:data52};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data52.forMinutes === undefined){
const err173 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/required",keyword:"required",params:{missingProperty: "forMinutes"},message:"must have required property '"+"forMinutes"+"'",schema:schema69.properties.bounds.required,parentSchema:schema69.properties.bounds,data:data52};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
for(const key13 in data52){
if(!((key13 === "percent") || (key13 === "forMinutes"))){
const err174 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.bounds,data:data52};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data52.percent !== undefined){
let data53 = data52.percent;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.min === undefined){
const err175 = {instancePath:instancePath+"/bounds/percent",schemaPath:"#/properties/bounds/properties/percent/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema69.properties.bounds.properties.percent.required,parentSchema:schema69.properties.bounds.properties.percent,data:data53};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data53.max === undefined){
const err176 = {instancePath:instancePath+"/bounds/percent",schemaPath:"#/properties/bounds/properties/percent/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema69.properties.bounds.properties.percent.required,parentSchema:schema69.properties.bounds.properties.percent,data:data53};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key14 in data53){
if(!((key14 === "min") || (key14 === "max"))){
const err177 = {instancePath:instancePath+"/bounds/percent",schemaPath:"#/properties/bounds/properties/percent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.bounds.properties.percent,data:data53};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data53.min !== undefined){
let data54 = data53.min;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err178 = {instancePath:instancePath+"/bounds/percent/min",schemaPath:"#/properties/bounds/properties/percent/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.bounds.properties.percent.properties.min.type,parentSchema:schema69.properties.bounds.properties.percent.properties.min,data:data54};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err179 = {instancePath:instancePath+"/bounds/percent/min",schemaPath:"#/properties/bounds/properties/percent/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.bounds.properties.percent.properties.min,data:data54};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
if(data53.max !== undefined){
let data55 = data53.max;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err180 = {instancePath:instancePath+"/bounds/percent/max",schemaPath:"#/properties/bounds/properties/percent/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.bounds.properties.percent.properties.max.type,parentSchema:schema69.properties.bounds.properties.percent.properties.max,data:data55};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err181 = {instancePath:instancePath+"/bounds/percent/max",schemaPath:"#/properties/bounds/properties/percent/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.bounds.properties.percent.properties.max,data:data55};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
}
else {
const err182 = {instancePath:instancePath+"/bounds/percent",schemaPath:"#/properties/bounds/properties/percent/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.bounds.properties.percent.type,parentSchema:schema69.properties.bounds.properties.percent,data:data53};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data52.forMinutes !== undefined){
let data56 = data52.forMinutes;
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.min === undefined){
const err183 = {instancePath:instancePath+"/bounds/forMinutes",schemaPath:"#/properties/bounds/properties/forMinutes/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema69.properties.bounds.properties.forMinutes.required,parentSchema:schema69.properties.bounds.properties.forMinutes,data:data56};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data56.max === undefined){
const err184 = {instancePath:instancePath+"/bounds/forMinutes",schemaPath:"#/properties/bounds/properties/forMinutes/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema69.properties.bounds.properties.forMinutes.required,parentSchema:schema69.properties.bounds.properties.forMinutes,data:data56};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
for(const key15 in data56){
if(!((key15 === "min") || (key15 === "max"))){
const err185 = {instancePath:instancePath+"/bounds/forMinutes",schemaPath:"#/properties/bounds/properties/forMinutes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.bounds.properties.forMinutes,data:data56};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data56.min !== undefined){
let data57 = data56.min;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err186 = {instancePath:instancePath+"/bounds/forMinutes/min",schemaPath:"#/properties/bounds/properties/forMinutes/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.bounds.properties.forMinutes.properties.min.type,parentSchema:schema69.properties.bounds.properties.forMinutes.properties.min,data:data57};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err187 = {instancePath:instancePath+"/bounds/forMinutes/min",schemaPath:"#/properties/bounds/properties/forMinutes/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.bounds.properties.forMinutes.properties.min,data:data57};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
if(data56.max !== undefined){
let data58 = data56.max;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err188 = {instancePath:instancePath+"/bounds/forMinutes/max",schemaPath:"#/properties/bounds/properties/forMinutes/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema69.properties.bounds.properties.forMinutes.properties.max.type,parentSchema:schema69.properties.bounds.properties.forMinutes.properties.max,data:data58};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err189 = {instancePath:instancePath+"/bounds/forMinutes/max",schemaPath:"#/properties/bounds/properties/forMinutes/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema69.properties.bounds.properties.forMinutes.properties.max,data:data58};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
}
else {
const err190 = {instancePath:instancePath+"/bounds/forMinutes",schemaPath:"#/properties/bounds/properties/forMinutes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.bounds.properties.forMinutes.type,parentSchema:schema69.properties.bounds.properties.forMinutes,data:data56};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/bounds",schemaPath:"#/properties/bounds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.bounds.type,parentSchema:schema69.properties.bounds,data:data52};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

exports.prospect = validate14;
const schema82 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/prospect.schema.json","title":"Prospect","description":"見込み客（1社1ファイル、prospects/<id>.yaml）：御見積書と利用契約申込書のもと。エージェント・通知ルーティング・請求書には使われない / A prospect, one file: prospects/<id>.yaml. Source of the quote and the application form; never reaches agents, routing or invoices","type":"object","additionalProperties":false,"required":["id","legalName","address","representative","phone","department","contact","plannedStartOn","plan","options","serverCount","environment"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"見込み客ID（ファイル名と同じ。契約後の顧客IDになる） / Prospect id; equals the file name and becomes the customer id","examples":["minami-shoji"]},"legalName":{"$ref":"common.schema.json#/definitions/name","description":"法人名称 / Legal name","examples":["株式会社南商事"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"住所 / Address","examples":[{"postalCode":"530-0001","text":"大阪府大阪市北区梅田1-1-1"}]},"representative":{"$ref":"common.schema.json#/definitions/name","description":"代表者名 / Representative","examples":["南 一郎"]},"phone":{"$ref":"common.schema.json#/definitions/phone","description":"電話番号 / Telephone number","examples":["06-1234-5678"]},"fax":{"$ref":"common.schema.json#/definitions/phone","description":"FAX番号（任意） / Fax number (optional)","examples":["06-1234-5679"]},"department":{"$ref":"common.schema.json#/definitions/name","description":"担当部門名 / Department in charge","examples":["総務部"]},"contact":{"type":"object","title":"ProspectContact","description":"ご担当者（顧客になると主担当・技術・請求の連絡先） / The contact person; becomes the primary, technical and billing contact of the customer","examples":[{"name":"北 花子","email":"hanako.kita@minami.example.co.jp"}],"additionalProperties":false,"required":["name","email"],"properties":{"name":{"$ref":"common.schema.json#/definitions/name","description":"担当者名 / Contact name","examples":["北 花子"]},"email":{"$ref":"common.schema.json#/definitions/email","description":"メールアドレス / E-mail address","examples":["hanako.kita@minami.example.co.jp"]},"phone":{"$ref":"common.schema.json#/definitions/phone","description":"電話番号（任意） / Telephone number (optional)","examples":["06-1234-5600"]}}},"plannedStartOn":{"$ref":"common.schema.json#/definitions/date","description":"利用開始予定日（課金開始日 = 契約成立日になる、第4条5） / Planned start date; becomes the billing start = establishment date (art. 4-5)","examples":["2027-05-01"]},"plan":{"$ref":"common.schema.json#/definitions/id","description":"プランコード（利用開始予定日に有効な料金表） / Plan code of the tariff in force on the planned start date","examples":["standard"]},"options":{"type":"array","items":{"$ref":"common.schema.json#/definitions/id","description":"オプションコード / Option code","examples":["monthly-report"]},"description":"オプションコード（空でも可） / Option codes; may be empty","examples":[["monthly-report"]],"uniqueItems":true},"serverCount":{"type":"integer","minimum":1,"maximum":100,"description":"対象サーバー台数 / Number of servers","examples":[2]},"environment":{"type":"string","enum":["azure","aws","gcp","on-premises","other"],"description":"サーバーの設置環境 / Where the servers run","examples":["azure"]},"reseller":{"$ref":"common.schema.json#/definitions/name","description":"販売代理店（任意） / Reseller (optional)","examples":["株式会社サンプル販売"]},"notes":{"type":"string","minLength":1,"maxLength":2000,"pattern":"^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f]+$","description":"備考（社内用、書類には印刷しない） / Notes for the sales team; never printed","examples":["2027年4月の料金改定を説明済み"]},"billing":{"$ref":"customer.schema.json#/properties/billing","description":"請求書の送付先（任意、省略時は会社の住所・担当部門・担当者のメール） / Where invoices go (optional; default: the company address, department and the contact's e-mail)","examples":[{"recipient":"株式会社南商事 総務部 御中","address":{"postalCode":"530-0001","text":"大阪府大阪市北区梅田1-2-3 南ビル5F"}}]},"appliedOn":{"$ref":"common.schema.json#/definitions/date","description":"申込日（押印済みの利用契約申込書を受け取った日、第4条1。昇格に必須） / Date the stamped application arrived (art. 4-1); needed to promote","examples":["2027-04-10"]},"monitoringConsent":{"$ref":"customer.schema.json#/properties/contract/properties/monitoringConsent","description":"監視アプリ利用の承諾（第9条。昇格に必須） / Consent to the monitoring agent (art. 9); needed to promote","examples":[{"agreedOn":"2027-02-10","by":"北 花子"}]},"servers":{"$ref":"customer.schema.json#/properties/servers","description":"サーバーの詳細（コンピューター名、OS、ストレージ等。昇格に必須、serverCount 台） / Server details (hostname, OS, storage, ...); needed to promote, serverCount of them","examples":[[{"id":"fs01","hostname":"MINAMI-FS01","environment":"on-premises","os":"Windows Server 2022","vvaultVersion":"7.2","storage":[{"id":"master","kind":"local","path":"D:\\","role":"master"}]}]]}}};
const pattern68 = new RegExp("^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f]+$", "u");
const schema97 = {"type":"object","title":"CustomerBilling","description":"請求書の送付先（第21条） / Where invoices go (art. 21)","examples":[{"recipient":"株式会社アクメ物流 経理部 御中","address":{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1 アクメビル12F"},"email":"keiri@acme.example.co.jp"}],"additionalProperties":false,"required":["recipient","address"],"properties":{"recipient":{"$ref":"common.schema.json#/definitions/name","description":"請求書の宛名 / Invoice recipient name","examples":["株式会社アクメ物流 経理部 御中"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"請求書送付先住所 / Invoice postal address","examples":[{"postalCode":"100-0005","text":"東京都千代田区丸の内1-1-1"}]},"email":{"$ref":"common.schema.json#/definitions/email","description":"請求書送付先メール（任意） / Invoice e-mail address (optional)","examples":["keiri@acme.example.co.jp"]}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recipient === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipient"},message:"must have required property '"+"recipient"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.address === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "recipient") || (key0 === "address")) || (key0 === "email"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.recipient !== undefined){
let data0 = data.recipient;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err3 = {instancePath:instancePath+"/recipient",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/recipient",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern2.test(data0)){
const err5 = {instancePath:instancePath+"/recipient",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/recipient",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.address !== undefined){
let data1 = data.address;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.postalCode === undefined){
const err7 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.text === undefined){
const err8 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "postalCode") || (key1 === "text"))){
const err9 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.postalCode !== undefined){
let data2 = data1.postalCode;
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
const err10 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.text !== undefined){
let data3 = data1.text;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err12 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data3) < 1){
const err13 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern2.test(data3)){
const err14 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.email !== undefined){
let data4 = data.email;
if(typeof data4 === "string"){
if(func2(data4) > 254){
const err17 = {instancePath:instancePath+"/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats6.test(data4))){
const err18 = {instancePath:instancePath+"/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema102 = {"type":"object","title":"MonitoringConsent","description":"監視アプリ利用の承諾（第9条、エージェント配布に必須） / Consent to the monitoring agent (art. 9); required for agent bundles","examples":[{"agreedOn":"2026-06-15","by":"田中 花子"}],"additionalProperties":false,"required":["agreedOn","by"],"properties":{"agreedOn":{"$ref":"common.schema.json#/definitions/date","description":"承諾日 / Date of consent","examples":["2026-10-15"]},"by":{"$ref":"common.schema.json#/definitions/name","description":"承諾者 / Who consented","examples":["田中 花子"]}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agreedOn === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agreedOn"},message:"must have required property '"+"agreedOn"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.by === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema102.required,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "agreedOn") || (key0 === "by"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.agreedOn !== undefined){
let data0 = data.agreedOn;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err3 = {instancePath:instancePath+"/agreedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(formats0.validate(data0))){
const err4 = {instancePath:instancePath+"/agreedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/agreedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.by !== undefined){
let data1 = data.by;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err6 = {instancePath:instancePath+"/by",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/by",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern2.test(data1)){
const err8 = {instancePath:instancePath+"/by",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/by",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema102.type,parentSchema:schema102,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema105 = {"type":"array","items":{"type":"object","title":"Server","description":"お客様サーバー / A customer server","additionalProperties":false,"required":["id","hostname","environment","os","vvaultVersion","storage"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"サーバーID（ファイル内で一意） / Server id, unique in the file","examples":["fs01"]},"hostname":{"type":"string","description":"Windows コンピューター名（1〜15文字） / Windows computer name, 1-15 characters","examples":["ACME-FS01"],"pattern":"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"},"environment":{"type":"string","enum":["azure","aws","gcp","on-premises","other"],"description":"設置環境 / Where the server runs","examples":["azure"]},"os":{"type":"string","description":"オペレーティングシステム / Operating system","examples":["Windows Server 2022"],"minLength":1,"maxLength":80},"vvaultVersion":{"type":"string","description":"VVAULT のバージョン / VVAULT version","examples":["7.2"],"pattern":"^[0-9]+(\\.[0-9]+){0,3}$"},"storage":{"type":"array","items":{"type":"object","title":"StorageVolume","description":"VVAULT 構成ストレージ / A VVAULT storage volume","additionalProperties":false,"required":["id","kind","role"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"ストレージID（サーバー内で一意） / Volume id, unique in the server","examples":["master"]},"kind":{"type":"string","enum":["local","san","nas","cloud"],"description":"種類（cloud は監視対象外：仕様書3） / Kind; cloud volumes are never monitored (spec 3)","examples":["local"]},"path":{"type":"string","description":"パス（ドライブまたは UNC） / Path: a drive or a UNC share","examples":["D:\\"],"minLength":1,"maxLength":260},"provider":{"type":"string","description":"クラウドストレージの事業者 / Cloud storage provider","examples":["azure-blob"],"minLength":1,"maxLength":40},"role":{"type":"string","enum":["master","backup","tier","replica","other"],"description":"役割 / Role of the volume in VVAULT","examples":["master"]}}},"description":"VVAULT 構成ストレージ / VVAULT storage volumes","examples":[[{"id":"master","kind":"local","path":"D:\\","role":"master"}]],"minItems":1},"monitoring":{"type":"object","title":"ServerMonitoringOverrides","description":"監視しきい値の上書き（policies/monitoring.yaml の bounds の範囲内） / Monitoring overrides for this server, within the bounds of policies/monitoring.yaml","examples":[{"cpu":{"warning":85,"critical":95,"forMinutes":10}}],"additionalProperties":false,"required":[],"properties":{"storage":{"$ref":"common.schema.json#/definitions/storageThresholdOverride","description":"ストレージ使用率 / Storage usage","examples":[{"warningPercentUsed":80,"criticalPercentUsed":90}]},"cpu":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"プロセッサビジー / Processor busy","examples":[{"warning":85,"critical":95,"forMinutes":10}]},"memory":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"メモリビジー / Memory busy","examples":[{"warning":90,"critical":97,"forMinutes":5}]},"diskBusy":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"ディスクビジー / Disk busy","examples":[{"warning":85,"critical":95,"forMinutes":20}]},"network":{"$ref":"common.schema.json#/definitions/thresholdOverride","description":"ネットワークビジー（リンク速度比 %） / Network busy, percent of link speed","examples":[{"warning":70,"critical":90,"forMinutes":10}]}}}}},"description":"お客様サーバー（1台以上） / Customer servers, at least one","examples":[[{"id":"fs01","hostname":"ACME-FS01","environment":"azure","os":"Windows Server 2022","vvaultVersion":"7.2","storage":[{"id":"master","kind":"local","path":"D:\\","role":"master"}]}]],"minItems":1};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.id === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.hostname === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "hostname"},message:"must have required property '"+"hostname"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.environment === undefined){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.os === undefined){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "os"},message:"must have required property '"+"os"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.vvaultVersion === undefined){
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "vvaultVersion"},message:"must have required property '"+"vvaultVersion"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.storage === undefined){
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "storage"},message:"must have required property '"+"storage"+"'",schema:schema105.items.required,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data0){
if(!(((((((key0 === "id") || (key0 === "hostname")) || (key0 === "environment")) || (key0 === "os")) || (key0 === "vvaultVersion")) || (key0 === "storage")) || (key0 === "monitoring"))){
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.id !== undefined){
let data1 = data0.id;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err8 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.hostname !== undefined){
let data2 = data0.hostname;
if(typeof data2 === "string"){
if(!pattern35.test(data2)){
const err10 = {instancePath:instancePath+"/" + i0+"/hostname",schemaPath:"#/items/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]{0,14}$",parentSchema:schema105.items.properties.hostname,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0+"/hostname",schemaPath:"#/items/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.hostname.type,parentSchema:schema105.items.properties.hostname,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data0.environment !== undefined){
let data3 = data0.environment;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/" + i0+"/environment",schemaPath:"#/items/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.environment.type,parentSchema:schema105.items.properties.environment,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((((data3 === "azure") || (data3 === "aws")) || (data3 === "gcp")) || (data3 === "on-premises")) || (data3 === "other"))){
const err13 = {instancePath:instancePath+"/" + i0+"/environment",schemaPath:"#/items/properties/environment/enum",keyword:"enum",params:{allowedValues: schema105.items.properties.environment.enum},message:"must be equal to one of the allowed values",schema:schema105.items.properties.environment.enum,parentSchema:schema105.items.properties.environment,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.os !== undefined){
let data4 = data0.os;
if(typeof data4 === "string"){
if(func2(data4) > 80){
const err14 = {instancePath:instancePath+"/" + i0+"/os",schemaPath:"#/items/properties/os/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema105.items.properties.os,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data4) < 1){
const err15 = {instancePath:instancePath+"/" + i0+"/os",schemaPath:"#/items/properties/os/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.items.properties.os,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/" + i0+"/os",schemaPath:"#/items/properties/os/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.os.type,parentSchema:schema105.items.properties.os,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.vvaultVersion !== undefined){
let data5 = data0.vvaultVersion;
if(typeof data5 === "string"){
if(!pattern36.test(data5)){
const err17 = {instancePath:instancePath+"/" + i0+"/vvaultVersion",schemaPath:"#/items/properties/vvaultVersion/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+){0,3}$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+){0,3}$"+"\"",schema:"^[0-9]+(\\.[0-9]+){0,3}$",parentSchema:schema105.items.properties.vvaultVersion,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/" + i0+"/vvaultVersion",schemaPath:"#/items/properties/vvaultVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.vvaultVersion.type,parentSchema:schema105.items.properties.vvaultVersion,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.storage !== undefined){
let data6 = data0.storage;
if(Array.isArray(data6)){
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/" + i0+"/storage",schemaPath:"#/items/properties/storage/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema105.items.properties.storage,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err20 = {instancePath:instancePath+"/" + i0+"/storage/" + i1,schemaPath:"#/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema105.items.properties.storage.items.required,parentSchema:schema105.items.properties.storage.items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7.kind === undefined){
const err21 = {instancePath:instancePath+"/" + i0+"/storage/" + i1,schemaPath:"#/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema105.items.properties.storage.items.required,parentSchema:schema105.items.properties.storage.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.role === undefined){
const err22 = {instancePath:instancePath+"/" + i0+"/storage/" + i1,schemaPath:"#/items/properties/storage/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema105.items.properties.storage.items.required,parentSchema:schema105.items.properties.storage.items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data7){
if(!(((((key1 === "id") || (key1 === "kind")) || (key1 === "path")) || (key1 === "provider")) || (key1 === "role"))){
const err23 = {instancePath:instancePath+"/" + i0+"/storage/" + i1,schemaPath:"#/items/properties/storage/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema105.items.properties.storage.items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(!pattern11.test(data8)){
const err24 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data7.kind !== undefined){
let data9 = data7.kind;
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/kind",schemaPath:"#/items/properties/storage/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.storage.items.properties.kind.type,parentSchema:schema105.items.properties.storage.items.properties.kind,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((data9 === "local") || (data9 === "san")) || (data9 === "nas")) || (data9 === "cloud"))){
const err27 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/kind",schemaPath:"#/items/properties/storage/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema105.items.properties.storage.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema105.items.properties.storage.items.properties.kind.enum,parentSchema:schema105.items.properties.storage.items.properties.kind,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.path !== undefined){
let data10 = data7.path;
if(typeof data10 === "string"){
if(func2(data10) > 260){
const err28 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/path",schemaPath:"#/items/properties/storage/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 260},message:"must NOT have more than 260 characters",schema:260,parentSchema:schema105.items.properties.storage.items.properties.path,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data10) < 1){
const err29 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/path",schemaPath:"#/items/properties/storage/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.items.properties.storage.items.properties.path,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/path",schemaPath:"#/items/properties/storage/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.storage.items.properties.path.type,parentSchema:schema105.items.properties.storage.items.properties.path,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.provider !== undefined){
let data11 = data7.provider;
if(typeof data11 === "string"){
if(func2(data11) > 40){
const err31 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/provider",schemaPath:"#/items/properties/storage/items/properties/provider/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema105.items.properties.storage.items.properties.provider,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/provider",schemaPath:"#/items/properties/storage/items/properties/provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema105.items.properties.storage.items.properties.provider,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/provider",schemaPath:"#/items/properties/storage/items/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.storage.items.properties.provider.type,parentSchema:schema105.items.properties.storage.items.properties.provider,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.role !== undefined){
let data12 = data7.role;
if(typeof data12 !== "string"){
const err34 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/role",schemaPath:"#/items/properties/storage/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.items.properties.storage.items.properties.role.type,parentSchema:schema105.items.properties.storage.items.properties.role,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((((data12 === "master") || (data12 === "backup")) || (data12 === "tier")) || (data12 === "replica")) || (data12 === "other"))){
const err35 = {instancePath:instancePath+"/" + i0+"/storage/" + i1+"/role",schemaPath:"#/items/properties/storage/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema105.items.properties.storage.items.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema105.items.properties.storage.items.properties.role.enum,parentSchema:schema105.items.properties.storage.items.properties.role,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/" + i0+"/storage/" + i1,schemaPath:"#/items/properties/storage/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.items.properties.storage.items.type,parentSchema:schema105.items.properties.storage.items,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/" + i0+"/storage",schemaPath:"#/items/properties/storage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.items.properties.storage.type,parentSchema:schema105.items.properties.storage,data:data6};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data0.monitoring !== undefined){
let data13 = data0.monitoring;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!(((((key2 === "storage") || (key2 === "cpu")) || (key2 === "memory")) || (key2 === "diskBusy")) || (key2 === "network"))){
const err38 = {instancePath:instancePath+"/" + i0+"/monitoring",schemaPath:"#/items/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema105.items.properties.monitoring,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.storage !== undefined){
let data14 = data13.storage;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(Object.keys(data14).length < 1){
const err39 = {instancePath:instancePath+"/" + i0+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema50,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data14){
if(!((key3 === "warningPercentUsed") || (key3 === "criticalPercentUsed"))){
const err40 = {instancePath:instancePath+"/" + i0+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data14.warningPercentUsed !== undefined){
let data15 = data14.warningPercentUsed;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err41 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.warningPercentUsed.type,parentSchema:schema50.properties.warningPercentUsed,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100 || isNaN(data15)){
const err42 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.warningPercentUsed,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err43 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/warningPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/warningPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.warningPercentUsed,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data14.criticalPercentUsed !== undefined){
let data16 = data14.criticalPercentUsed;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err44 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.criticalPercentUsed.type,parentSchema:schema50.properties.criticalPercentUsed,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 100 || isNaN(data16)){
const err45 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.criticalPercentUsed,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err46 = {instancePath:instancePath+"/" + i0+"/monitoring/storage/criticalPercentUsed",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/properties/criticalPercentUsed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.criticalPercentUsed,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/" + i0+"/monitoring/storage",schemaPath:"common.schema.json#/definitions/storageThresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.cpu !== undefined){
let data17 = data13.cpu;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(Object.keys(data17).length < 1){
const err48 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
for(const key4 in data17){
if(!(((key4 === "warning") || (key4 === "critical")) || (key4 === "forMinutes"))){
const err49 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data17.warning !== undefined){
let data18 = data17.warning;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err50 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err51 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err52 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data17.critical !== undefined){
let data19 = data17.critical;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err53 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100 || isNaN(data19)){
const err54 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data19 < 1 || isNaN(data19)){
const err55 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data17.forMinutes !== undefined){
let data20 = data17.forMinutes;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err56 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1440 || isNaN(data20)){
const err57 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data20 < 1 || isNaN(data20)){
const err58 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
}
else {
const err59 = {instancePath:instancePath+"/" + i0+"/monitoring/cpu",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data13.memory !== undefined){
let data21 = data13.memory;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(Object.keys(data21).length < 1){
const err60 = {instancePath:instancePath+"/" + i0+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key5 in data21){
if(!(((key5 === "warning") || (key5 === "critical")) || (key5 === "forMinutes"))){
const err61 = {instancePath:instancePath+"/" + i0+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data21.warning !== undefined){
let data22 = data21.warning;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err62 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 100 || isNaN(data22)){
const err63 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err64 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data21.critical !== undefined){
let data23 = data21.critical;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err65 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 100 || isNaN(data23)){
const err66 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data23 < 1 || isNaN(data23)){
const err67 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
if(data21.forMinutes !== undefined){
let data24 = data21.forMinutes;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err68 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 1440 || isNaN(data24)){
const err69 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err70 = {instancePath:instancePath+"/" + i0+"/monitoring/memory/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/" + i0+"/monitoring/memory",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data21};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data13.diskBusy !== undefined){
let data25 = data13.diskBusy;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
const err72 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
for(const key6 in data25){
if(!(((key6 === "warning") || (key6 === "critical")) || (key6 === "forMinutes"))){
const err73 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data25.warning !== undefined){
let data26 = data25.warning;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err74 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 100 || isNaN(data26)){
const err75 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data26 < 1 || isNaN(data26)){
const err76 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
if(data25.critical !== undefined){
let data27 = data25.critical;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err77 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 100 || isNaN(data27)){
const err78 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data27 < 1 || isNaN(data27)){
const err79 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data27};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data25.forMinutes !== undefined){
let data28 = data25.forMinutes;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err80 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data28};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 1440 || isNaN(data28)){
const err81 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data28};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err82 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data28};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
else {
const err83 = {instancePath:instancePath+"/" + i0+"/monitoring/diskBusy",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data25};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data13.network !== undefined){
let data29 = data13.network;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(Object.keys(data29).length < 1){
const err84 = {instancePath:instancePath+"/" + i0+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema51,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key7 in data29){
if(!(((key7 === "warning") || (key7 === "critical")) || (key7 === "forMinutes"))){
const err85 = {instancePath:instancePath+"/" + i0+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data:data29};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data29.warning !== undefined){
let data30 = data29.warning;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err86 = {instancePath:instancePath+"/" + i0+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.warning.type,parentSchema:schema51.properties.warning,data:data30};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 100 || isNaN(data30)){
const err87 = {instancePath:instancePath+"/" + i0+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.warning,data:data30};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err88 = {instancePath:instancePath+"/" + i0+"/monitoring/network/warning",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.warning,data:data30};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
if(data29.critical !== undefined){
let data31 = data29.critical;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err89 = {instancePath:instancePath+"/" + i0+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.critical.type,parentSchema:schema51.properties.critical,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 100 || isNaN(data31)){
const err90 = {instancePath:instancePath+"/" + i0+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema51.properties.critical,data:data31};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err91 = {instancePath:instancePath+"/" + i0+"/monitoring/network/critical",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.critical,data:data31};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data29.forMinutes !== undefined){
let data32 = data29.forMinutes;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
const err92 = {instancePath:instancePath+"/" + i0+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema51.properties.forMinutes.type,parentSchema:schema51.properties.forMinutes,data:data32};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 1440 || isNaN(data32)){
const err93 = {instancePath:instancePath+"/" + i0+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema51.properties.forMinutes,data:data32};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data32 < 1 || isNaN(data32)){
const err94 = {instancePath:instancePath+"/" + i0+"/monitoring/network/forMinutes",schemaPath:"common.schema.json#/definitions/thresholdOverride/properties/forMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51.properties.forMinutes,data:data32};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
}
else {
const err95 = {instancePath:instancePath+"/" + i0+"/monitoring/network",schemaPath:"common.schema.json#/definitions/thresholdOverride/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data:data29};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/" + i0+"/monitoring",schemaPath:"#/items/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.items.properties.monitoring.type,parentSchema:schema105.items.properties.monitoring,data:data13};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.items.type,parentSchema:schema105.items,data:data0};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema105.type,parentSchema:schema105,data};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/prospect.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.legalName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalName"},message:"must have required property '"+"legalName"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.address === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.representative === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "representative"},message:"must have required property '"+"representative"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.phone === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.department === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.contact === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.plannedStartOn === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plannedStartOn"},message:"must have required property '"+"plannedStartOn"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.plan === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.options === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.serverCount === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serverCount"},message:"must have required property '"+"serverCount"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.environment === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema82.required,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema82.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.legalName !== undefined){
let data1 = data.legalName;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err15 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func2(data1) < 1){
const err16 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern2.test(data1)){
const err17 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.postalCode === undefined){
const err19 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data2.text === undefined){
const err20 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "postalCode") || (key1 === "text"))){
const err21 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.postalCode !== undefined){
let data3 = data2.postalCode;
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err22 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data2.text !== undefined){
let data4 = data2.text;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err24 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data4) < 1){
const err25 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern2.test(data4)){
const err26 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data2};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.representative !== undefined){
let data5 = data.representative;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err29 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data5) < 1){
const err30 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!pattern2.test(data5)){
const err31 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/representative",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.phone !== undefined){
let data6 = data.phone;
if(typeof data6 === "string"){
if(!pattern16.test(data6)){
const err33 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.fax !== undefined){
let data7 = data.fax;
if(typeof data7 === "string"){
if(!pattern16.test(data7)){
const err35 = {instancePath:instancePath+"/fax",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/fax",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.department !== undefined){
let data8 = data.department;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err37 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data8) < 1){
const err38 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern2.test(data8)){
const err39 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/department",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.contact !== undefined){
let data9 = data.contact;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.name === undefined){
const err41 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema82.properties.contact.required,parentSchema:schema82.properties.contact,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data9.email === undefined){
const err42 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema82.properties.contact.required,parentSchema:schema82.properties.contact,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key2 in data9){
if(!(((key2 === "name") || (key2 === "email")) || (key2 === "phone"))){
const err43 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema82.properties.contact,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data9.name !== undefined){
let data10 = data9.name;
if(typeof data10 === "string"){
if(func2(data10) > 200){
const err44 = {instancePath:instancePath+"/contact/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(func2(data10) < 1){
const err45 = {instancePath:instancePath+"/contact/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern2.test(data10)){
const err46 = {instancePath:instancePath+"/contact/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/contact/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data9.email !== undefined){
let data11 = data9.email;
if(typeof data11 === "string"){
if(func2(data11) > 254){
const err48 = {instancePath:instancePath+"/contact/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats6.test(data11))){
const err49 = {instancePath:instancePath+"/contact/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/contact/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data9.phone !== undefined){
let data12 = data9.phone;
if(typeof data12 === "string"){
if(!pattern16.test(data12)){
const err51 = {instancePath:instancePath+"/contact/phone",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/contact/phone",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.properties.contact.type,parentSchema:schema82.properties.contact,data:data9};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.plannedStartOn !== undefined){
let data13 = data.plannedStartOn;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err54 = {instancePath:instancePath+"/plannedStartOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!(formats0.validate(data13))){
const err55 = {instancePath:instancePath+"/plannedStartOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/plannedStartOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.plan !== undefined){
let data14 = data.plan;
if(typeof data14 === "string"){
if(!pattern11.test(data14)){
const err57 = {instancePath:instancePath+"/plan",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/plan",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.options !== undefined){
let data15 = data.options;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 === "string"){
if(!pattern11.test(data16)){
const err59 = {instancePath:instancePath+"/options/" + i0,schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data16};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/options/" + i0,schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data16};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i1 = data15.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data15[i1], data15[j0])){
const err61 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema82.properties.options,data:data15};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.options.type,parentSchema:schema82.properties.options,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.serverCount !== undefined){
let data17 = data.serverCount;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err63 = {instancePath:instancePath+"/serverCount",schemaPath:"#/properties/serverCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema82.properties.serverCount.type,parentSchema:schema82.properties.serverCount,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err64 = {instancePath:instancePath+"/serverCount",schemaPath:"#/properties/serverCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema82.properties.serverCount,data:data17};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err65 = {instancePath:instancePath+"/serverCount",schemaPath:"#/properties/serverCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema82.properties.serverCount,data:data17};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
if(data.environment !== undefined){
let data18 = data.environment;
if(typeof data18 !== "string"){
const err66 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.environment.type,parentSchema:schema82.properties.environment,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!(((((data18 === "azure") || (data18 === "aws")) || (data18 === "gcp")) || (data18 === "on-premises")) || (data18 === "other"))){
const err67 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/enum",keyword:"enum",params:{allowedValues: schema82.properties.environment.enum},message:"must be equal to one of the allowed values",schema:schema82.properties.environment.enum,parentSchema:schema82.properties.environment,data:data18};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.reseller !== undefined){
let data19 = data.reseller;
if(typeof data19 === "string"){
if(func2(data19) > 200){
const err68 = {instancePath:instancePath+"/reseller",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(func2(data19) < 1){
const err69 = {instancePath:instancePath+"/reseller",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(!pattern2.test(data19)){
const err70 = {instancePath:instancePath+"/reseller",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/reseller",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data19};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.notes !== undefined){
let data20 = data.notes;
if(typeof data20 === "string"){
if(func2(data20) > 2000){
const err72 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema82.properties.notes,data:data20};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data20) < 1){
const err73 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema82.properties.notes,data:data20};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern68.test(data20)){
const err74 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u0009\\u000b-\\u001f\\u007f]+$",parentSchema:schema82.properties.notes,data:data20};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.notes.type,parentSchema:schema82.properties.notes,data:data20};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.billing !== undefined){
if(!(validate15(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.appliedOn !== undefined){
let data22 = data.appliedOn;
if(typeof data22 === "string"){
if(!pattern5.test(data22)){
const err76 = {instancePath:instancePath+"/appliedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(formats0.validate(data22))){
const err77 = {instancePath:instancePath+"/appliedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/appliedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data22};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.monitoringConsent !== undefined){
if(!(validate17(data.monitoringConsent, {instancePath:instancePath+"/monitoringConsent",parentData:data,parentDataProperty:"monitoringConsent",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
if(data.servers !== undefined){
if(!(validate19(data.servers, {instancePath:instancePath+"/servers",parentData:data,parentDataProperty:"servers",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

exports.provider = validate21;
const schema113 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/provider.schema.json","title":"Provider","description":"当社（サービス提供者） / The provider","type":"object","additionalProperties":false,"required":["name","address","phone","invoiceRegistrationNumber","bankAccounts","serviceName","website","remoteAccess","monitoring","mail","notices","billing"],"properties":{"name":{"$ref":"common.schema.json#/definitions/name","description":"商号 / Trade name","examples":["株式会社ソリトンシステムズ"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"所在地 / Address","examples":[{"postalCode":"160-0022","text":"東京都新宿区新宿2-4-3"}]},"phone":{"$ref":"common.schema.json#/definitions/phone","description":"電話番号 / Telephone number","examples":["03-5360-3811"]},"invoiceRegistrationNumber":{"type":"string","description":"適格請求書発行事業者登録番号（T + 13桁） / Qualified-invoice issuer registration number: T and 13 digits","examples":["T9234567890123"],"pattern":"^T[0-9]{13}$"},"bankAccounts":{"type":"array","items":{"type":"object","title":"BankAccount","description":"振込先口座 / Bank account for transfers","additionalProperties":false,"required":["bank","branch","type","number","holder"],"properties":{"bank":{"$ref":"common.schema.json#/definitions/name","description":"銀行名 / Bank","examples":["みずほ銀行"]},"branch":{"$ref":"common.schema.json#/definitions/name","description":"支店名 / Branch","examples":["新宿支店"]},"type":{"type":"string","enum":["普通","当座"],"description":"預金種目 / Account type","examples":["普通"]},"number":{"type":"string","description":"口座番号（7桁） / Account number, 7 digits","examples":["1234567"],"pattern":"^[0-9]{7}$"},"holder":{"$ref":"common.schema.json#/definitions/name","description":"口座名義（カナ） / Account holder, in kana","examples":["カ）ソリトンシステムズ"]}}},"description":"振込先口座（1つ以上） / Bank accounts, at least one","examples":[[{"bank":"みずほ銀行","branch":"新宿支店","type":"普通","number":"1234567","holder":"カ）ソリトンシステムズ"}]],"minItems":1},"serviceName":{"$ref":"common.schema.json#/definitions/name","description":"サービス名 / Service name","examples":["VVAULTマネージド・サービス"]},"website":{"type":"string","description":"サービスの Web サイト（変更の掲載先、第2条2） / Service website, where changes are published (art. 2-2)","examples":["https://www.example.jp/vvault-managed/"],"format":"uri","pattern":"^https://"},"remoteAccess":{"type":"object","title":"RemoteAccess","description":"リモート接続の条件（仕様書1） / Remote access prerequisites (spec 1)","examples":[{"rdpSourceAddresses":["203.0.113.10/32","203.0.113.11/32"],"operatorAccount":"svc-vvault-ops"}],"additionalProperties":false,"required":["rdpSourceAddresses","operatorAccount"],"properties":{"rdpSourceAddresses":{"type":"array","items":{"$ref":"common.schema.json#/definitions/cidr","description":"接続元アドレス / Source address block","examples":["203.0.113.10/32"]},"description":"当社拠点の固定グローバルアドレス（RDP 接続元） / Fixed global addresses of the provider's site that RDP comes from","examples":[["203.0.113.10/32"]],"minItems":1,"uniqueItems":true},"operatorAccount":{"type":"string","description":"当社作業用アカウント名 / Operator account name","examples":["svc-vvault-ops"],"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"}}},"monitoring":{"type":"object","title":"ProviderMonitoring","description":"監視エージェントの出力先 / Monitoring targets to emit and their endpoints","examples":[{"targets":["datadog","zabbix"],"zabbix":{"server":"zabbix.example.jp","serverActive":"zabbix.example.jp"},"datadog":{"site":"ap1.datadoghq.com"}}],"additionalProperties":false,"required":["targets"],"properties":{"targets":{"type":"array","items":{"type":"string","enum":["datadog","zabbix"],"description":"監視ツール / Monitoring target","examples":["zabbix"]},"description":"出力する監視ツール / Monitoring targets to emit","examples":[["datadog","zabbix"]],"minItems":1,"uniqueItems":true},"zabbix":{"type":"object","title":"ZabbixEndpoint","description":"Zabbix サーバー / Zabbix server","examples":[{"server":"zabbix.example.jp","serverActive":"zabbix.example.jp"}],"additionalProperties":false,"required":["server","serverActive"],"properties":{"server":{"type":"string","description":"Server（パッシブチェックの接続元） / Server: where passive checks come from","examples":["zabbix.example.jp"],"pattern":"^[A-Za-z0-9.:-]+$"},"serverActive":{"type":"string","description":"ServerActive（アクティブチェックの送信先） / ServerActive: where active checks go","examples":["zabbix.example.jp"],"pattern":"^[A-Za-z0-9.:-]+$"}}},"datadog":{"type":"object","title":"DatadogEndpoint","description":"Datadog の送信先 / Datadog endpoint","examples":[{"site":"ap1.datadoghq.com"}],"additionalProperties":false,"required":["site"],"properties":{"site":{"type":"string","description":"Datadog サイト / Datadog site","examples":["ap1.datadoghq.com"],"pattern":"^[a-z0-9.-]+$"},"notify":{"type":"object","title":"DatadogNotify","description":"監視アラートの通知先: Datadog Webhooks から Alertmanager へ。全モニターが @webhook-<webhook>（復旧時は @webhook-<webhook>-resolved）に通知する / Where every monitor notifies: Datadog Webhooks entries posting to Alertmanager's /api/v2/alerts (@webhook-<webhook>, and @webhook-<webhook>-resolved on recovery)","examples":[{"webhook":"vvault-alertmanager","alertmanagerUrl":"https://alertmanager.example.jp"}],"additionalProperties":false,"required":["webhook","alertmanagerUrl"],"properties":{"webhook":{"type":"string","description":"Webhooks インテグレーションの名前 / Name of the Datadog Webhooks entry","examples":["vvault-alertmanager"],"pattern":"^[A-Za-z0-9_-]{1,80}$"},"alertmanagerUrl":{"type":"string","description":"Alertmanager のベース URL（認証情報は書かない） / Alertmanager's base URL, without credentials","examples":["https://alertmanager.example.jp"],"pattern":"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$"}}}}},"saasEndpoint":{"type":"string","description":"エージェントの送信先（HTTPS 疎通確認用、任意） / Endpoint the agent reports to, checked for outbound HTTPS (optional)","examples":["https://api.ap1.datadoghq.com"],"format":"uri","pattern":"^https://"}}},"mail":{"type":"object","title":"ProviderMail","description":"メールの差出人 / Mail sender","examples":[{"from":{"name":"VVAULTマネージド・サービス事務局","address":"vvault-managed@example.jp"},"replyTo":"support@example.jp"}],"additionalProperties":false,"required":["from","replyTo"],"properties":{"from":{"type":"object","title":"MailAddress","description":"差出人 / Sender","examples":[{"name":"VVAULTマネージド・サービス事務局","address":"vvault-managed@example.jp"}],"additionalProperties":false,"required":["name","address"],"properties":{"name":{"$ref":"common.schema.json#/definitions/name","description":"表示名 / Display name","examples":["VVAULTマネージド・サービス事務局"]},"address":{"$ref":"common.schema.json#/definitions/email","description":"アドレス / Address","examples":["vvault-managed@example.jp"]}}},"replyTo":{"$ref":"common.schema.json#/definitions/email","description":"返信先 / Reply-To address","examples":["support@example.jp"]},"smarthost":{"type":"string","description":"アラートメールの SMTP サーバー host:port（任意） / SMTP smarthost for alert mail, host:port (optional)","examples":["smtp.example.jp:587"],"pattern":"^[A-Za-z0-9.-]+:[0-9]{1,5}$"},"authUsername":{"type":"string","description":"SMTP 認証ユーザー（任意、パスワードはファイル参照） / SMTP auth user (optional; the password is read from a file)","examples":["alerts@example.jp"],"minLength":1,"maxLength":100},"authPasswordFile":{"type":"string","description":"SMTP パスワードを格納したファイルのパス（任意） / Path of the file holding the SMTP password (optional)","examples":["/etc/alertmanager/smtp_password"],"pattern":"^/[^\\u0000-\\u001f]+$"}}},"notices":{"type":"object","title":"ProviderNotices","description":"変更通知（第2条） / Change notices (art. 2)","examples":[{"minimumNoticeDays":60,"writtenNotice":{"recipient":"VVAULTマネージド・サービス 契約窓口","emailAccepted":true,"email":"contract@example.jp"}}],"additionalProperties":false,"required":["minimumNoticeDays"],"properties":{"minimumNoticeDays":{"type":"integer","description":"実施日より前に告知すべき最低日数 / Minimum days between announcement and effective date","examples":[60],"minimum":0,"maximum":365},"writtenNotice":{"type":"object","title":"WrittenNotice","description":"書面による解約・終了通知（第5条2・第6条1）の送付先と方法。変更通知メールに記載する（省略時は送付先を記載できない） / Where and how a customer sends the written notice to end the service (art. 5-2, 6-1), stated in change notices","examples":[{"recipient":"VVAULTマネージド・サービス 契約窓口","emailAccepted":true,"email":"contract@example.jp"}],"additionalProperties":false,"required":["recipient","emailAccepted"],"properties":{"recipient":{"$ref":"common.schema.json#/definitions/name","description":"宛先（部署・窓口名） / Addressee (department or desk)","examples":["VVAULTマネージド・サービス 契約窓口"]},"address":{"$ref":"common.schema.json#/definitions/address","description":"郵送先（省略時は当社所在地 address） / Postal address; default: the provider's address","examples":[{"postalCode":"160-0022","text":"東京都新宿区新宿2-4-3"}]},"emailAccepted":{"type":"boolean","description":"電子メールによる通知を書面として受け付けるか（当社の方針） / Whether an e-mail to `email` counts as the written notice (書面): a policy, never assumed","examples":[true]},"email":{"$ref":"common.schema.json#/definitions/email","description":"emailAccepted のときの受付アドレス（省略時は mail.replyTo） / Address for a notice by e-mail; default: mail.replyTo","examples":["contract@example.jp"]}}}}},"billing":{"type":"object","title":"ProviderBilling","description":"請求 / Billing","examples":[{"invoiceIssueDay":1,"closedThrough":"2026-10"}],"additionalProperties":false,"required":["invoiceIssueDay","closedThrough"],"properties":{"invoiceIssueDay":{"type":"integer","description":"請求書の発行日（請求月の翌月の日） / Day of the month after the billed month on which invoices are issued","examples":[1],"minimum":1,"maximum":28},"closedThrough":{"$ref":"common.schema.json#/definitions/month","description":"請求書を作成する最終月 / Last month whose invoices are built","examples":["2026-10"]},"invoiceIssueRule":{"type":"string","description":"請求書の発行日の決め方（next-bank-business-day = 翌月の invoiceIssueDay、金融機関の休業日なら翌営業日。first-bank-business-day = 翌月の最初の金融機関営業日。どちらも元日にはならない。既定 next-bank-business-day） / How the issue date is set: next-bank-business-day = invoiceIssueDay of the month after, moved forward to the next bank business day when banks are closed; first-bank-business-day = the first bank business day of the month after. Neither lands on 元日 (default next-bank-business-day)","examples":["next-bank-business-day"],"enum":["next-bank-business-day","first-bank-business-day"]}}},"records":{"type":"object","title":"ProviderRecords","description":"発行済み書類の保存（電子帳簿保存法） / Keeping issued documents (電子帳簿保存法)","examples":[{"archive":"records/archive"}],"additionalProperties":false,"properties":{"archive":{"type":"string","description":"発行した書類のPDFを保存する書き込み一回限りのフォルダー（ルートからの相対パス、既定 records/archive） / Write-once folder for the PDFs of issued documents, relative to the root (default records/archive)","examples":["records/archive"],"pattern":"^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"}}},"sales":{"type":"object","title":"Sales","description":"営業書類（御見積書）の方針：有効期限と見積番号の付け方。prospects/ があるときは必須 / Sales documents (the quote): validity and quote numbering; required when prospects/ holds a file","examples":[{"quoteValidDays":30,"quoteNumber":"Q{yyyymmdd}-{id}"}],"additionalProperties":false,"required":["quoteValidDays","quoteNumber"],"properties":{"quoteValidDays":{"type":"integer","minimum":1,"maximum":365,"description":"御見積書の有効期間（見積日から数えた日数） / Days a quote is valid, counted from its date","examples":[30]},"quoteNumber":{"type":"string","pattern":"^(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*\\{id\\}(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*$","description":"見積番号の書式：{id}（見込み客ID、必須）、{yyyymmdd}、{yyyy}、{mm}、{dd}（見積日）と英数字・ハイフン・下線 / Quote number format: {id} (the prospect id, required), {yyyymmdd}, {yyyy}, {mm}, {dd} (the quote date), and letters, digits, hyphens, underscores","examples":["Q{yyyymmdd}-{id}"]}}}}};
const schema121 = {"type":"string","description":"IPv4 の CIDR 表記 / IPv4 address block in CIDR notation","examples":["203.0.113.10/32"],"pattern":"^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$"};
const pattern83 = new RegExp("^T[0-9]{13}$", "u");
const pattern86 = new RegExp("^[0-9]{7}$", "u");
const pattern89 = new RegExp("^https://", "u");
const pattern90 = new RegExp("^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$", "u");
const pattern91 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$", "u");
const pattern92 = new RegExp("^[A-Za-z0-9.:-]+$", "u");
const pattern94 = new RegExp("^[a-z0-9.-]+$", "u");
const pattern95 = new RegExp("^[A-Za-z0-9_-]{1,80}$", "u");
const pattern96 = new RegExp("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$", "u");
const pattern99 = new RegExp("^[A-Za-z0-9.-]+:[0-9]{1,5}$", "u");
const pattern100 = new RegExp("^/[^\\u0000-\\u001f]+$", "u");
const pattern105 = new RegExp("^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", "u");
const pattern106 = new RegExp("^(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*\\{id\\}(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*$", "u");
const formats42 = require("ajv-formats/dist/formats").fullFormats.uri;

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/provider.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.address === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.phone === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.invoiceRegistrationNumber === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "invoiceRegistrationNumber"},message:"must have required property '"+"invoiceRegistrationNumber"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bankAccounts === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bankAccounts"},message:"must have required property '"+"bankAccounts"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.serviceName === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serviceName"},message:"must have required property '"+"serviceName"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.website === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "website"},message:"must have required property '"+"website"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.remoteAccess === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "remoteAccess"},message:"must have required property '"+"remoteAccess"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.monitoring === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "monitoring"},message:"must have required property '"+"monitoring"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.mail === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mail"},message:"must have required property '"+"mail"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.notices === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notices"},message:"must have required property '"+"notices"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.billing === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "billing"},message:"must have required property '"+"billing"+"'",schema:schema113.required,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func7.call(schema113.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 200){
const err13 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data0) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern2.test(data0)){
const err15 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.address !== undefined){
let data1 = data.address;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.postalCode === undefined){
const err17 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data1.text === undefined){
const err18 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "postalCode") || (key1 === "text"))){
const err19 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.postalCode !== undefined){
let data2 = data1.postalCode;
if(typeof data2 === "string"){
if(!pattern13.test(data2)){
const err20 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.text !== undefined){
let data3 = data1.text;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err22 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data3) < 1){
const err23 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern2.test(data3)){
const err24 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.phone !== undefined){
let data4 = data.phone;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
const err27 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9-]{5,18}[0-9]$"},message:"must match pattern \""+"^\\+?[0-9][0-9-]{5,18}[0-9]$"+"\"",schema:"^\\+?[0-9][0-9-]{5,18}[0-9]$",parentSchema:schema29,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/phone",schemaPath:"common.schema.json#/definitions/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data4};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.invoiceRegistrationNumber !== undefined){
let data5 = data.invoiceRegistrationNumber;
if(typeof data5 === "string"){
if(!pattern83.test(data5)){
const err29 = {instancePath:instancePath+"/invoiceRegistrationNumber",schemaPath:"#/properties/invoiceRegistrationNumber/pattern",keyword:"pattern",params:{pattern: "^T[0-9]{13}$"},message:"must match pattern \""+"^T[0-9]{13}$"+"\"",schema:"^T[0-9]{13}$",parentSchema:schema113.properties.invoiceRegistrationNumber,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/invoiceRegistrationNumber",schemaPath:"#/properties/invoiceRegistrationNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.invoiceRegistrationNumber.type,parentSchema:schema113.properties.invoiceRegistrationNumber,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.bankAccounts !== undefined){
let data6 = data.bankAccounts;
if(Array.isArray(data6)){
if(data6.length < 1){
const err31 = {instancePath:instancePath+"/bankAccounts",schemaPath:"#/properties/bankAccounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema113.properties.bankAccounts,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.bank === undefined){
const err32 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/required",keyword:"required",params:{missingProperty: "bank"},message:"must have required property '"+"bank"+"'",schema:schema113.properties.bankAccounts.items.required,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data7.branch === undefined){
const err33 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/required",keyword:"required",params:{missingProperty: "branch"},message:"must have required property '"+"branch"+"'",schema:schema113.properties.bankAccounts.items.required,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data7.type === undefined){
const err34 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema113.properties.bankAccounts.items.required,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data7.number === undefined){
const err35 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema113.properties.bankAccounts.items.required,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data7.holder === undefined){
const err36 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/required",keyword:"required",params:{missingProperty: "holder"},message:"must have required property '"+"holder"+"'",schema:schema113.properties.bankAccounts.items.required,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key2 in data7){
if(!(((((key2 === "bank") || (key2 === "branch")) || (key2 === "type")) || (key2 === "number")) || (key2 === "holder"))){
const err37 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data7.bank !== undefined){
let data8 = data7.bank;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err38 = {instancePath:instancePath+"/bankAccounts/" + i0+"/bank",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data8) < 1){
const err39 = {instancePath:instancePath+"/bankAccounts/" + i0+"/bank",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern2.test(data8)){
const err40 = {instancePath:instancePath+"/bankAccounts/" + i0+"/bank",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/bankAccounts/" + i0+"/bank",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data7.branch !== undefined){
let data9 = data7.branch;
if(typeof data9 === "string"){
if(func2(data9) > 200){
const err42 = {instancePath:instancePath+"/bankAccounts/" + i0+"/branch",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data9) < 1){
const err43 = {instancePath:instancePath+"/bankAccounts/" + i0+"/branch",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern2.test(data9)){
const err44 = {instancePath:instancePath+"/bankAccounts/" + i0+"/branch",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/bankAccounts/" + i0+"/branch",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data7.type !== undefined){
let data10 = data7.type;
if(typeof data10 !== "string"){
const err46 = {instancePath:instancePath+"/bankAccounts/" + i0+"/type",schemaPath:"#/properties/bankAccounts/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.bankAccounts.items.properties.type.type,parentSchema:schema113.properties.bankAccounts.items.properties.type,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((data10 === "普通") || (data10 === "当座"))){
const err47 = {instancePath:instancePath+"/bankAccounts/" + i0+"/type",schemaPath:"#/properties/bankAccounts/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema113.properties.bankAccounts.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema113.properties.bankAccounts.items.properties.type.enum,parentSchema:schema113.properties.bankAccounts.items.properties.type,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data7.number !== undefined){
let data11 = data7.number;
if(typeof data11 === "string"){
if(!pattern86.test(data11)){
const err48 = {instancePath:instancePath+"/bankAccounts/" + i0+"/number",schemaPath:"#/properties/bankAccounts/items/properties/number/pattern",keyword:"pattern",params:{pattern: "^[0-9]{7}$"},message:"must match pattern \""+"^[0-9]{7}$"+"\"",schema:"^[0-9]{7}$",parentSchema:schema113.properties.bankAccounts.items.properties.number,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/bankAccounts/" + i0+"/number",schemaPath:"#/properties/bankAccounts/items/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.bankAccounts.items.properties.number.type,parentSchema:schema113.properties.bankAccounts.items.properties.number,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data7.holder !== undefined){
let data12 = data7.holder;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err50 = {instancePath:instancePath+"/bankAccounts/" + i0+"/holder",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data12) < 1){
const err51 = {instancePath:instancePath+"/bankAccounts/" + i0+"/holder",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern2.test(data12)){
const err52 = {instancePath:instancePath+"/bankAccounts/" + i0+"/holder",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/bankAccounts/" + i0+"/holder",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/bankAccounts/" + i0,schemaPath:"#/properties/bankAccounts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.bankAccounts.items.type,parentSchema:schema113.properties.bankAccounts.items,data:data7};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/bankAccounts",schemaPath:"#/properties/bankAccounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema113.properties.bankAccounts.type,parentSchema:schema113.properties.bankAccounts,data:data6};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.serviceName !== undefined){
let data13 = data.serviceName;
if(typeof data13 === "string"){
if(func2(data13) > 200){
const err56 = {instancePath:instancePath+"/serviceName",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data13) < 1){
const err57 = {instancePath:instancePath+"/serviceName",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern2.test(data13)){
const err58 = {instancePath:instancePath+"/serviceName",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/serviceName",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.website !== undefined){
let data14 = data.website;
if(typeof data14 === "string"){
if(!pattern89.test(data14)){
const err60 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema113.properties.website,data:data14};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!(formats42(data14))){
const err61 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema113.properties.website,data:data14};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.website.type,parentSchema:schema113.properties.website,data:data14};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.remoteAccess !== undefined){
let data15 = data.remoteAccess;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.rdpSourceAddresses === undefined){
const err63 = {instancePath:instancePath+"/remoteAccess",schemaPath:"#/properties/remoteAccess/required",keyword:"required",params:{missingProperty: "rdpSourceAddresses"},message:"must have required property '"+"rdpSourceAddresses"+"'",schema:schema113.properties.remoteAccess.required,parentSchema:schema113.properties.remoteAccess,data:data15};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data15.operatorAccount === undefined){
const err64 = {instancePath:instancePath+"/remoteAccess",schemaPath:"#/properties/remoteAccess/required",keyword:"required",params:{missingProperty: "operatorAccount"},message:"must have required property '"+"operatorAccount"+"'",schema:schema113.properties.remoteAccess.required,parentSchema:schema113.properties.remoteAccess,data:data15};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key3 in data15){
if(!((key3 === "rdpSourceAddresses") || (key3 === "operatorAccount"))){
const err65 = {instancePath:instancePath+"/remoteAccess",schemaPath:"#/properties/remoteAccess/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.remoteAccess,data:data15};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data15.rdpSourceAddresses !== undefined){
let data16 = data15.rdpSourceAddresses;
if(Array.isArray(data16)){
if(data16.length < 1){
const err66 = {instancePath:instancePath+"/remoteAccess/rdpSourceAddresses",schemaPath:"#/properties/remoteAccess/properties/rdpSourceAddresses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema113.properties.remoteAccess.properties.rdpSourceAddresses,data:data16};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
let data17 = data16[i1];
if(typeof data17 === "string"){
if(!pattern90.test(data17)){
const err67 = {instancePath:instancePath+"/remoteAccess/rdpSourceAddresses/" + i1,schemaPath:"common.schema.json#/definitions/cidr/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^([0-9]{1,3}\\.){3}[0-9]{1,3}/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema121,data:data17};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/remoteAccess/rdpSourceAddresses/" + i1,schemaPath:"common.schema.json#/definitions/cidr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.type,parentSchema:schema121,data:data17};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
let i2 = data16.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data16[i2], data16[j0])){
const err69 = {instancePath:instancePath+"/remoteAccess/rdpSourceAddresses",schemaPath:"#/properties/remoteAccess/properties/rdpSourceAddresses/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema113.properties.remoteAccess.properties.rdpSourceAddresses,data:data16};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err70 = {instancePath:instancePath+"/remoteAccess/rdpSourceAddresses",schemaPath:"#/properties/remoteAccess/properties/rdpSourceAddresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema113.properties.remoteAccess.properties.rdpSourceAddresses.type,parentSchema:schema113.properties.remoteAccess.properties.rdpSourceAddresses,data:data16};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data15.operatorAccount !== undefined){
let data18 = data15.operatorAccount;
if(typeof data18 === "string"){
if(!pattern91.test(data18)){
const err71 = {instancePath:instancePath+"/remoteAccess/operatorAccount",schemaPath:"#/properties/remoteAccess/properties/operatorAccount/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$",parentSchema:schema113.properties.remoteAccess.properties.operatorAccount,data:data18};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/remoteAccess/operatorAccount",schemaPath:"#/properties/remoteAccess/properties/operatorAccount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.remoteAccess.properties.operatorAccount.type,parentSchema:schema113.properties.remoteAccess.properties.operatorAccount,data:data18};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/remoteAccess",schemaPath:"#/properties/remoteAccess/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.remoteAccess.type,parentSchema:schema113.properties.remoteAccess,data:data15};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.monitoring !== undefined){
let data19 = data.monitoring;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.targets === undefined){
const err74 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema113.properties.monitoring.required,parentSchema:schema113.properties.monitoring,data:data19};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key4 in data19){
if(!((((key4 === "targets") || (key4 === "zabbix")) || (key4 === "datadog")) || (key4 === "saasEndpoint"))){
const err75 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.monitoring,data:data19};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data19.targets !== undefined){
let data20 = data19.targets;
if(Array.isArray(data20)){
if(data20.length < 1){
const err76 = {instancePath:instancePath+"/monitoring/targets",schemaPath:"#/properties/monitoring/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema113.properties.monitoring.properties.targets,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
const len2 = data20.length;
for(let i3=0; i3<len2; i3++){
let data21 = data20[i3];
if(typeof data21 !== "string"){
const err77 = {instancePath:instancePath+"/monitoring/targets/" + i3,schemaPath:"#/properties/monitoring/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.targets.items.type,parentSchema:schema113.properties.monitoring.properties.targets.items,data:data21};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!((data21 === "datadog") || (data21 === "zabbix"))){
const err78 = {instancePath:instancePath+"/monitoring/targets/" + i3,schemaPath:"#/properties/monitoring/properties/targets/items/enum",keyword:"enum",params:{allowedValues: schema113.properties.monitoring.properties.targets.items.enum},message:"must be equal to one of the allowed values",schema:schema113.properties.monitoring.properties.targets.items.enum,parentSchema:schema113.properties.monitoring.properties.targets.items,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
let i4 = data20.length;
let j1;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data20[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j1 = indices0[item0];
const err79 = {instancePath:instancePath+"/monitoring/targets",schemaPath:"#/properties/monitoring/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema113.properties.monitoring.properties.targets,data:data20};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err80 = {instancePath:instancePath+"/monitoring/targets",schemaPath:"#/properties/monitoring/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema113.properties.monitoring.properties.targets.type,parentSchema:schema113.properties.monitoring.properties.targets,data:data20};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data19.zabbix !== undefined){
let data22 = data19.zabbix;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.server === undefined){
const err81 = {instancePath:instancePath+"/monitoring/zabbix",schemaPath:"#/properties/monitoring/properties/zabbix/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema113.properties.monitoring.properties.zabbix.required,parentSchema:schema113.properties.monitoring.properties.zabbix,data:data22};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data22.serverActive === undefined){
const err82 = {instancePath:instancePath+"/monitoring/zabbix",schemaPath:"#/properties/monitoring/properties/zabbix/required",keyword:"required",params:{missingProperty: "serverActive"},message:"must have required property '"+"serverActive"+"'",schema:schema113.properties.monitoring.properties.zabbix.required,parentSchema:schema113.properties.monitoring.properties.zabbix,data:data22};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key5 in data22){
if(!((key5 === "server") || (key5 === "serverActive"))){
const err83 = {instancePath:instancePath+"/monitoring/zabbix",schemaPath:"#/properties/monitoring/properties/zabbix/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.monitoring.properties.zabbix,data:data22};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data22.server !== undefined){
let data23 = data22.server;
if(typeof data23 === "string"){
if(!pattern92.test(data23)){
const err84 = {instancePath:instancePath+"/monitoring/zabbix/server",schemaPath:"#/properties/monitoring/properties/zabbix/properties/server/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:-]+$"+"\"",schema:"^[A-Za-z0-9.:-]+$",parentSchema:schema113.properties.monitoring.properties.zabbix.properties.server,data:data23};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/monitoring/zabbix/server",schemaPath:"#/properties/monitoring/properties/zabbix/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.zabbix.properties.server.type,parentSchema:schema113.properties.monitoring.properties.zabbix.properties.server,data:data23};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data22.serverActive !== undefined){
let data24 = data22.serverActive;
if(typeof data24 === "string"){
if(!pattern92.test(data24)){
const err86 = {instancePath:instancePath+"/monitoring/zabbix/serverActive",schemaPath:"#/properties/monitoring/properties/zabbix/properties/serverActive/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9.:-]+$"+"\"",schema:"^[A-Za-z0-9.:-]+$",parentSchema:schema113.properties.monitoring.properties.zabbix.properties.serverActive,data:data24};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/monitoring/zabbix/serverActive",schemaPath:"#/properties/monitoring/properties/zabbix/properties/serverActive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.zabbix.properties.serverActive.type,parentSchema:schema113.properties.monitoring.properties.zabbix.properties.serverActive,data:data24};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/monitoring/zabbix",schemaPath:"#/properties/monitoring/properties/zabbix/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.monitoring.properties.zabbix.type,parentSchema:schema113.properties.monitoring.properties.zabbix,data:data22};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data19.datadog !== undefined){
let data25 = data19.datadog;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.site === undefined){
const err89 = {instancePath:instancePath+"/monitoring/datadog",schemaPath:"#/properties/monitoring/properties/datadog/required",keyword:"required",params:{missingProperty: "site"},message:"must have required property '"+"site"+"'",schema:schema113.properties.monitoring.properties.datadog.required,parentSchema:schema113.properties.monitoring.properties.datadog,data:data25};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key6 in data25){
if(!((key6 === "site") || (key6 === "notify"))){
const err90 = {instancePath:instancePath+"/monitoring/datadog",schemaPath:"#/properties/monitoring/properties/datadog/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.monitoring.properties.datadog,data:data25};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data25.site !== undefined){
let data26 = data25.site;
if(typeof data26 === "string"){
if(!pattern94.test(data26)){
const err91 = {instancePath:instancePath+"/monitoring/datadog/site",schemaPath:"#/properties/monitoring/properties/datadog/properties/site/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9.-]+$"},message:"must match pattern \""+"^[a-z0-9.-]+$"+"\"",schema:"^[a-z0-9.-]+$",parentSchema:schema113.properties.monitoring.properties.datadog.properties.site,data:data26};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/monitoring/datadog/site",schemaPath:"#/properties/monitoring/properties/datadog/properties/site/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.datadog.properties.site.type,parentSchema:schema113.properties.monitoring.properties.datadog.properties.site,data:data26};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data25.notify !== undefined){
let data27 = data25.notify;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.webhook === undefined){
const err93 = {instancePath:instancePath+"/monitoring/datadog/notify",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/required",keyword:"required",params:{missingProperty: "webhook"},message:"must have required property '"+"webhook"+"'",schema:schema113.properties.monitoring.properties.datadog.properties.notify.required,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify,data:data27};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data27.alertmanagerUrl === undefined){
const err94 = {instancePath:instancePath+"/monitoring/datadog/notify",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/required",keyword:"required",params:{missingProperty: "alertmanagerUrl"},message:"must have required property '"+"alertmanagerUrl"+"'",schema:schema113.properties.monitoring.properties.datadog.properties.notify.required,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify,data:data27};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key7 in data27){
if(!((key7 === "webhook") || (key7 === "alertmanagerUrl"))){
const err95 = {instancePath:instancePath+"/monitoring/datadog/notify",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify,data:data27};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data27.webhook !== undefined){
let data28 = data27.webhook;
if(typeof data28 === "string"){
if(!pattern95.test(data28)){
const err96 = {instancePath:instancePath+"/monitoring/datadog/notify/webhook",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/properties/webhook/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,80}$"+"\"",schema:"^[A-Za-z0-9_-]{1,80}$",parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.webhook,data:data28};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/monitoring/datadog/notify/webhook",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/properties/webhook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.webhook.type,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.webhook,data:data28};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data27.alertmanagerUrl !== undefined){
let data29 = data27.alertmanagerUrl;
if(typeof data29 === "string"){
if(!pattern96.test(data29)){
const err98 = {instancePath:instancePath+"/monitoring/datadog/notify/alertmanagerUrl",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/properties/alertmanagerUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$"},message:"must match pattern \""+"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$"+"\"",schema:"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$",parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.alertmanagerUrl,data:data29};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {instancePath:instancePath+"/monitoring/datadog/notify/alertmanagerUrl",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/properties/alertmanagerUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.alertmanagerUrl.type,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify.properties.alertmanagerUrl,data:data29};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/monitoring/datadog/notify",schemaPath:"#/properties/monitoring/properties/datadog/properties/notify/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.monitoring.properties.datadog.properties.notify.type,parentSchema:schema113.properties.monitoring.properties.datadog.properties.notify,data:data27};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/monitoring/datadog",schemaPath:"#/properties/monitoring/properties/datadog/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.monitoring.properties.datadog.type,parentSchema:schema113.properties.monitoring.properties.datadog,data:data25};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data19.saasEndpoint !== undefined){
let data30 = data19.saasEndpoint;
if(typeof data30 === "string"){
if(!pattern89.test(data30)){
const err102 = {instancePath:instancePath+"/monitoring/saasEndpoint",schemaPath:"#/properties/monitoring/properties/saasEndpoint/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema113.properties.monitoring.properties.saasEndpoint,data:data30};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!(formats42(data30))){
const err103 = {instancePath:instancePath+"/monitoring/saasEndpoint",schemaPath:"#/properties/monitoring/properties/saasEndpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema113.properties.monitoring.properties.saasEndpoint,data:data30};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/monitoring/saasEndpoint",schemaPath:"#/properties/monitoring/properties/saasEndpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.monitoring.properties.saasEndpoint.type,parentSchema:schema113.properties.monitoring.properties.saasEndpoint,data:data30};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.monitoring.type,parentSchema:schema113.properties.monitoring,data:data19};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.mail !== undefined){
let data31 = data.mail;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.from === undefined){
const err106 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema113.properties.mail.required,parentSchema:schema113.properties.mail,data:data31};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data31.replyTo === undefined){
const err107 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/required",keyword:"required",params:{missingProperty: "replyTo"},message:"must have required property '"+"replyTo"+"'",schema:schema113.properties.mail.required,parentSchema:schema113.properties.mail,data:data31};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key8 in data31){
if(!(((((key8 === "from") || (key8 === "replyTo")) || (key8 === "smarthost")) || (key8 === "authUsername")) || (key8 === "authPasswordFile"))){
const err108 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.mail,data:data31};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data31.from !== undefined){
let data32 = data31.from;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.name === undefined){
const err109 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema113.properties.mail.properties.from.required,parentSchema:schema113.properties.mail.properties.from,data:data32};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data32.address === undefined){
const err110 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema113.properties.mail.properties.from.required,parentSchema:schema113.properties.mail.properties.from,data:data32};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
for(const key9 in data32){
if(!((key9 === "name") || (key9 === "address"))){
const err111 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.mail.properties.from,data:data32};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data32.name !== undefined){
let data33 = data32.name;
if(typeof data33 === "string"){
if(func2(data33) > 200){
const err112 = {instancePath:instancePath+"/mail/from/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func2(data33) < 1){
const err113 = {instancePath:instancePath+"/mail/from/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(!pattern2.test(data33)){
const err114 = {instancePath:instancePath+"/mail/from/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/mail/from/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data33};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data32.address !== undefined){
let data34 = data32.address;
if(typeof data34 === "string"){
if(func2(data34) > 254){
const err116 = {instancePath:instancePath+"/mail/from/address",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data34};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(!(formats6.test(data34))){
const err117 = {instancePath:instancePath+"/mail/from/address",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data34};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/mail/from/address",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data34};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/mail/from",schemaPath:"#/properties/mail/properties/from/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.mail.properties.from.type,parentSchema:schema113.properties.mail.properties.from,data:data32};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data31.replyTo !== undefined){
let data35 = data31.replyTo;
if(typeof data35 === "string"){
if(func2(data35) > 254){
const err120 = {instancePath:instancePath+"/mail/replyTo",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data35};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(!(formats6.test(data35))){
const err121 = {instancePath:instancePath+"/mail/replyTo",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data35};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/mail/replyTo",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data35};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data31.smarthost !== undefined){
let data36 = data31.smarthost;
if(typeof data36 === "string"){
if(!pattern99.test(data36)){
const err123 = {instancePath:instancePath+"/mail/smarthost",schemaPath:"#/properties/mail/properties/smarthost/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+:[0-9]{1,5}$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+:[0-9]{1,5}$"+"\"",schema:"^[A-Za-z0-9.-]+:[0-9]{1,5}$",parentSchema:schema113.properties.mail.properties.smarthost,data:data36};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/mail/smarthost",schemaPath:"#/properties/mail/properties/smarthost/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.mail.properties.smarthost.type,parentSchema:schema113.properties.mail.properties.smarthost,data:data36};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data31.authUsername !== undefined){
let data37 = data31.authUsername;
if(typeof data37 === "string"){
if(func2(data37) > 100){
const err125 = {instancePath:instancePath+"/mail/authUsername",schemaPath:"#/properties/mail/properties/authUsername/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema113.properties.mail.properties.authUsername,data:data37};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(func2(data37) < 1){
const err126 = {instancePath:instancePath+"/mail/authUsername",schemaPath:"#/properties/mail/properties/authUsername/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema113.properties.mail.properties.authUsername,data:data37};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/mail/authUsername",schemaPath:"#/properties/mail/properties/authUsername/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.mail.properties.authUsername.type,parentSchema:schema113.properties.mail.properties.authUsername,data:data37};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data31.authPasswordFile !== undefined){
let data38 = data31.authPasswordFile;
if(typeof data38 === "string"){
if(!pattern100.test(data38)){
const err128 = {instancePath:instancePath+"/mail/authPasswordFile",schemaPath:"#/properties/mail/properties/authPasswordFile/pattern",keyword:"pattern",params:{pattern: "^/[^\\u0000-\\u001f]+$"},message:"must match pattern \""+"^/[^\\u0000-\\u001f]+$"+"\"",schema:"^/[^\\u0000-\\u001f]+$",parentSchema:schema113.properties.mail.properties.authPasswordFile,data:data38};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/mail/authPasswordFile",schemaPath:"#/properties/mail/properties/authPasswordFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.mail.properties.authPasswordFile.type,parentSchema:schema113.properties.mail.properties.authPasswordFile,data:data38};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.mail.type,parentSchema:schema113.properties.mail,data:data31};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data.notices !== undefined){
let data39 = data.notices;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.minimumNoticeDays === undefined){
const err131 = {instancePath:instancePath+"/notices",schemaPath:"#/properties/notices/required",keyword:"required",params:{missingProperty: "minimumNoticeDays"},message:"must have required property '"+"minimumNoticeDays"+"'",schema:schema113.properties.notices.required,parentSchema:schema113.properties.notices,data:data39};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
for(const key10 in data39){
if(!((key10 === "minimumNoticeDays") || (key10 === "writtenNotice"))){
const err132 = {instancePath:instancePath+"/notices",schemaPath:"#/properties/notices/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.notices,data:data39};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data39.minimumNoticeDays !== undefined){
let data40 = data39.minimumNoticeDays;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err133 = {instancePath:instancePath+"/notices/minimumNoticeDays",schemaPath:"#/properties/notices/properties/minimumNoticeDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema113.properties.notices.properties.minimumNoticeDays.type,parentSchema:schema113.properties.notices.properties.minimumNoticeDays,data:data40};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 365 || isNaN(data40)){
const err134 = {instancePath:instancePath+"/notices/minimumNoticeDays",schemaPath:"#/properties/notices/properties/minimumNoticeDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema113.properties.notices.properties.minimumNoticeDays,data:data40};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data40 < 0 || isNaN(data40)){
const err135 = {instancePath:instancePath+"/notices/minimumNoticeDays",schemaPath:"#/properties/notices/properties/minimumNoticeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema113.properties.notices.properties.minimumNoticeDays,data:data40};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
if(data39.writtenNotice !== undefined){
let data41 = data39.writtenNotice;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.recipient === undefined){
const err136 = {instancePath:instancePath+"/notices/writtenNotice",schemaPath:"#/properties/notices/properties/writtenNotice/required",keyword:"required",params:{missingProperty: "recipient"},message:"must have required property '"+"recipient"+"'",schema:schema113.properties.notices.properties.writtenNotice.required,parentSchema:schema113.properties.notices.properties.writtenNotice,data:data41};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data41.emailAccepted === undefined){
const err137 = {instancePath:instancePath+"/notices/writtenNotice",schemaPath:"#/properties/notices/properties/writtenNotice/required",keyword:"required",params:{missingProperty: "emailAccepted"},message:"must have required property '"+"emailAccepted"+"'",schema:schema113.properties.notices.properties.writtenNotice.required,parentSchema:schema113.properties.notices.properties.writtenNotice,data:data41};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
for(const key11 in data41){
if(!((((key11 === "recipient") || (key11 === "address")) || (key11 === "emailAccepted")) || (key11 === "email"))){
const err138 = {instancePath:instancePath+"/notices/writtenNotice",schemaPath:"#/properties/notices/properties/writtenNotice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.notices.properties.writtenNotice,data:data41};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data41.recipient !== undefined){
let data42 = data41.recipient;
if(typeof data42 === "string"){
if(func2(data42) > 200){
const err139 = {instancePath:instancePath+"/notices/writtenNotice/recipient",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data42};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(func2(data42) < 1){
const err140 = {instancePath:instancePath+"/notices/writtenNotice/recipient",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data42};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(!pattern2.test(data42)){
const err141 = {instancePath:instancePath+"/notices/writtenNotice/recipient",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data42};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/notices/writtenNotice/recipient",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data42};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data41.address !== undefined){
let data43 = data41.address;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.postalCode === undefined){
const err143 = {instancePath:instancePath+"/notices/writtenNotice/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema27.required,parentSchema:schema27,data:data43};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data43.text === undefined){
const err144 = {instancePath:instancePath+"/notices/writtenNotice/address",schemaPath:"common.schema.json#/definitions/address/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema27.required,parentSchema:schema27,data:data43};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
for(const key12 in data43){
if(!((key12 === "postalCode") || (key12 === "text"))){
const err145 = {instancePath:instancePath+"/notices/writtenNotice/address",schemaPath:"common.schema.json#/definitions/address/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data43};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data43.postalCode !== undefined){
let data44 = data43.postalCode;
if(typeof data44 === "string"){
if(!pattern13.test(data44)){
const err146 = {instancePath:instancePath+"/notices/writtenNotice/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema27.properties.postalCode,data:data44};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/notices/writtenNotice/address/postalCode",schemaPath:"common.schema.json#/definitions/address/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.postalCode.type,parentSchema:schema27.properties.postalCode,data:data44};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
if(data43.text !== undefined){
let data45 = data43.text;
if(typeof data45 === "string"){
if(func2(data45) > 200){
const err148 = {instancePath:instancePath+"/notices/writtenNotice/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema27.properties.text,data:data45};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
if(func2(data45) < 1){
const err149 = {instancePath:instancePath+"/notices/writtenNotice/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.text,data:data45};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!pattern2.test(data45)){
const err150 = {instancePath:instancePath+"/notices/writtenNotice/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema27.properties.text,data:data45};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/notices/writtenNotice/address/text",schemaPath:"common.schema.json#/definitions/address/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.text.type,parentSchema:schema27.properties.text,data:data45};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/notices/writtenNotice/address",schemaPath:"common.schema.json#/definitions/address/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data43};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data41.emailAccepted !== undefined){
let data46 = data41.emailAccepted;
if(typeof data46 !== "boolean"){
const err153 = {instancePath:instancePath+"/notices/writtenNotice/emailAccepted",schemaPath:"#/properties/notices/properties/writtenNotice/properties/emailAccepted/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema113.properties.notices.properties.writtenNotice.properties.emailAccepted.type,parentSchema:schema113.properties.notices.properties.writtenNotice.properties.emailAccepted,data:data46};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data41.email !== undefined){
let data47 = data41.email;
if(typeof data47 === "string"){
if(func2(data47) > 254){
const err154 = {instancePath:instancePath+"/notices/writtenNotice/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data47};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(!(formats6.test(data47))){
const err155 = {instancePath:instancePath+"/notices/writtenNotice/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data47};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/notices/writtenNotice/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data47};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/notices/writtenNotice",schemaPath:"#/properties/notices/properties/writtenNotice/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.notices.properties.writtenNotice.type,parentSchema:schema113.properties.notices.properties.writtenNotice,data:data41};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/notices",schemaPath:"#/properties/notices/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.notices.type,parentSchema:schema113.properties.notices,data:data39};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.billing !== undefined){
let data48 = data.billing;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.invoiceIssueDay === undefined){
const err159 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/required",keyword:"required",params:{missingProperty: "invoiceIssueDay"},message:"must have required property '"+"invoiceIssueDay"+"'",schema:schema113.properties.billing.required,parentSchema:schema113.properties.billing,data:data48};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(data48.closedThrough === undefined){
const err160 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/required",keyword:"required",params:{missingProperty: "closedThrough"},message:"must have required property '"+"closedThrough"+"'",schema:schema113.properties.billing.required,parentSchema:schema113.properties.billing,data:data48};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
for(const key13 in data48){
if(!(((key13 === "invoiceIssueDay") || (key13 === "closedThrough")) || (key13 === "invoiceIssueRule"))){
const err161 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.billing,data:data48};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data48.invoiceIssueDay !== undefined){
let data49 = data48.invoiceIssueDay;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err162 = {instancePath:instancePath+"/billing/invoiceIssueDay",schemaPath:"#/properties/billing/properties/invoiceIssueDay/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema113.properties.billing.properties.invoiceIssueDay.type,parentSchema:schema113.properties.billing.properties.invoiceIssueDay,data:data49};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 28 || isNaN(data49)){
const err163 = {instancePath:instancePath+"/billing/invoiceIssueDay",schemaPath:"#/properties/billing/properties/invoiceIssueDay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 28},message:"must be <= 28",schema:28,parentSchema:schema113.properties.billing.properties.invoiceIssueDay,data:data49};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data49 < 1 || isNaN(data49)){
const err164 = {instancePath:instancePath+"/billing/invoiceIssueDay",schemaPath:"#/properties/billing/properties/invoiceIssueDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema113.properties.billing.properties.invoiceIssueDay,data:data49};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
if(data48.closedThrough !== undefined){
let data50 = data48.closedThrough;
if(typeof data50 === "string"){
if(!pattern46.test(data50)){
const err165 = {instancePath:instancePath+"/billing/closedThrough",schemaPath:"common.schema.json#/definitions/month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema64,data:data50};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/billing/closedThrough",schemaPath:"common.schema.json#/definitions/month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data50};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data48.invoiceIssueRule !== undefined){
let data51 = data48.invoiceIssueRule;
if(typeof data51 !== "string"){
const err167 = {instancePath:instancePath+"/billing/invoiceIssueRule",schemaPath:"#/properties/billing/properties/invoiceIssueRule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.billing.properties.invoiceIssueRule.type,parentSchema:schema113.properties.billing.properties.invoiceIssueRule,data:data51};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(!((data51 === "next-bank-business-day") || (data51 === "first-bank-business-day"))){
const err168 = {instancePath:instancePath+"/billing/invoiceIssueRule",schemaPath:"#/properties/billing/properties/invoiceIssueRule/enum",keyword:"enum",params:{allowedValues: schema113.properties.billing.properties.invoiceIssueRule.enum},message:"must be equal to one of the allowed values",schema:schema113.properties.billing.properties.invoiceIssueRule.enum,parentSchema:schema113.properties.billing.properties.invoiceIssueRule,data:data51};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
}
else {
const err169 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.billing.type,parentSchema:schema113.properties.billing,data:data48};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data.records !== undefined){
let data52 = data.records;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key14 in data52){
if(!(key14 === "archive")){
const err170 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.records,data:data52};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data52.archive !== undefined){
let data53 = data52.archive;
if(typeof data53 === "string"){
if(!pattern105.test(data53)){
const err171 = {instancePath:instancePath+"/records/archive",schemaPath:"#/properties/records/properties/archive/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"},message:"must match pattern \""+"^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"+"\"",schema:"^(?!/)(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$",parentSchema:schema113.properties.records.properties.archive,data:data53};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
else {
const err172 = {instancePath:instancePath+"/records/archive",schemaPath:"#/properties/records/properties/archive/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.records.properties.archive.type,parentSchema:schema113.properties.records.properties.archive,data:data53};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
else {
const err173 = {instancePath:instancePath+"/records",schemaPath:"#/properties/records/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.records.type,parentSchema:schema113.properties.records,data:data52};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data.sales !== undefined){
let data54 = data.sales;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
if(data54.quoteValidDays === undefined){
const err174 = {instancePath:instancePath+"/sales",schemaPath:"#/properties/sales/required",keyword:"required",params:{missingProperty: "quoteValidDays"},message:"must have required property '"+"quoteValidDays"+"'",schema:schema113.properties.sales.required,parentSchema:schema113.properties.sales,data:data54};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data54.quoteNumber === undefined){
const err175 = {instancePath:instancePath+"/sales",schemaPath:"#/properties/sales/required",keyword:"required",params:{missingProperty: "quoteNumber"},message:"must have required property '"+"quoteNumber"+"'",schema:schema113.properties.sales.required,parentSchema:schema113.properties.sales,data:data54};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
for(const key15 in data54){
if(!((key15 === "quoteValidDays") || (key15 === "quoteNumber"))){
const err176 = {instancePath:instancePath+"/sales",schemaPath:"#/properties/sales/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema113.properties.sales,data:data54};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data54.quoteValidDays !== undefined){
let data55 = data54.quoteValidDays;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err177 = {instancePath:instancePath+"/sales/quoteValidDays",schemaPath:"#/properties/sales/properties/quoteValidDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema113.properties.sales.properties.quoteValidDays.type,parentSchema:schema113.properties.sales.properties.quoteValidDays,data:data55};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 > 365 || isNaN(data55)){
const err178 = {instancePath:instancePath+"/sales/quoteValidDays",schemaPath:"#/properties/sales/properties/quoteValidDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema113.properties.sales.properties.quoteValidDays,data:data55};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(data55 < 1 || isNaN(data55)){
const err179 = {instancePath:instancePath+"/sales/quoteValidDays",schemaPath:"#/properties/sales/properties/quoteValidDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema113.properties.sales.properties.quoteValidDays,data:data55};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
if(data54.quoteNumber !== undefined){
let data56 = data54.quoteNumber;
if(typeof data56 === "string"){
if(!pattern106.test(data56)){
const err180 = {instancePath:instancePath+"/sales/quoteNumber",schemaPath:"#/properties/sales/properties/quoteNumber/pattern",keyword:"pattern",params:{pattern: "^(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*\\{id\\}(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*$"},message:"must match pattern \""+"^(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*\\{id\\}(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*$"+"\"",schema:"^(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*\\{id\\}(?:[A-Za-z0-9_-]|\\{(?:id|yyyy|mm|dd|yyyymmdd)\\})*$",parentSchema:schema113.properties.sales.properties.quoteNumber,data:data56};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/sales/quoteNumber",schemaPath:"#/properties/sales/properties/quoteNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.sales.properties.quoteNumber.type,parentSchema:schema113.properties.sales.properties.quoteNumber,data:data56};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/sales",schemaPath:"#/properties/sales/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.properties.sales.type,parentSchema:schema113.properties.sales,data:data54};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

exports.register = validate22;
const schema129 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/register.schema.json","title":"Register","description":"発行済み書類の台帳（records/register/<顧客ID>.yaml、vmsc issue が追記、手で編集しない） / Register of issued documents of one customer: records/register/<id>.yaml, appended by vmsc issue; not edited by hand","type":"object","additionalProperties":false,"required":["customer","documents"],"properties":{"customer":{"$ref":"common.schema.json#/definitions/id","description":"顧客ID / Customer id","examples":["acme-logistics"]},"documents":{"type":"array","description":"発行した書類（発行順） / The issued documents, in issue order","examples":[[{"number":"acme-logistics-202607","kind":"invoice","month":"2026-07","issueDate":"2026-08-03","dueDate":"2026-08-31","taxes":[{"ratePercent":10,"taxable":221000,"tax":22100}],"nonTaxable":0,"total":243100,"file":"acme-logistics/acme-logistics-202607.pdf","sha256":"b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184","commit":"none"}]],"items":{"$ref":"#/definitions/document"}}},"definitions":{"document":{"title":"RecordedDocument","type":"object","additionalProperties":false,"required":["number","kind","issueDate","total","file","sha256","commit"],"properties":{"number":{"type":"string","description":"書類番号（請求書番号） / Document number (invoice number)","examples":["acme-logistics-202607"],"pattern":"^[a-z][a-z0-9-]{1,60}$"},"kind":{"type":"string","description":"書類の種類（invoice = 適格請求書、correction = 修正適格請求書、refund = 適格返還請求書、contract = 利用契約内容確認書） / Kind: invoice, correction (修正適格請求書), refund (適格返還請求書) or contract","examples":["invoice"],"enum":["invoice","correction","refund","contract"]},"month":{"type":"string","description":"請求月（請求書のみ） / Billed month (invoices only)","examples":["2026-07"],"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},"issueDate":{"type":"string","description":"発行日 / Issue date","examples":["2026-08-03"],"format":"date"},"dueDate":{"type":"string","description":"支払期限日 / Due date","examples":["2026-08-31"],"format":"date"},"periodFrom":{"type":"string","description":"取引期間の初日 / First day of the billed period","examples":["2026-07-01"],"format":"date"},"periodThrough":{"type":"string","description":"取引期間の末日 / Last day of the billed period","examples":["2026-07-31"],"format":"date"},"tariffEffectiveFrom":{"type":"string","description":"適用した料金表の実施日 / effectiveFrom of the tariff the document was priced with","examples":["2019-07-01"],"format":"date"},"corrects":{"type":"object","additionalProperties":false,"required":["number","issueDate"],"description":"修正・返還の対象となる元の書類 / The original document a correction or refund refers to","examples":[{"number":"acme-logistics-202607","issueDate":"2026-08-03"}],"properties":{"number":{"type":"string","description":"元の書類番号 / Number of the original document","examples":["acme-logistics-202607"],"pattern":"^[a-z][a-z0-9-]{1,60}$"},"issueDate":{"type":"string","description":"元の書類の発行日 / Issue date of the original document","examples":["2026-08-03"],"format":"date"}}},"reason":{"type":"string","description":"修正の理由 / Why the correction was made","examples":["月額利用料金の単価誤り"],"minLength":1,"maxLength":1000},"lines":{"type":"array","description":"明細 / Lines as issued","examples":[[{"kind":"plan","ref":"standard","description":"月額利用料金（スタンダードプラン）","quantity":2,"unitPrice":30000,"amount":60000,"taxCategory":"standard-10"}]],"items":{"title":"RecordedLine","type":"object","additionalProperties":false,"required":["kind","description","quantity","unitPrice","amount","taxCategory"],"properties":{"kind":{"type":"string","description":"明細の種類 / Kind of line","examples":["plan"],"enum":["initial","plan","option","work","late-fee"]},"ref":{"type":"string","description":"明細の元（プラン・オプションのコード、作業ID、入金日） / What the line comes from: plan or option code, work order id, payment date","examples":["standard"],"minLength":1,"maxLength":200},"description":{"type":"string","description":"品名 / Description as printed","examples":["月額利用料金（スタンダードプラン）"],"minLength":1,"maxLength":1000},"quantity":{"type":"integer","description":"数量 / Quantity","examples":[2],"minimum":0},"unitPrice":{"type":"integer","description":"単価（円） / Unit price in yen","examples":[30000],"minimum":0},"amount":{"type":"integer","description":"金額（円、税抜） / Amount in yen, tax excluded","examples":[60000],"minimum":0},"taxCategory":{"type":"string","description":"税区分（standard-10 = 10%、out-of-scope = 不課税） / Tax category: standard-10 (10 %) or out-of-scope (不課税)","examples":["standard-10"],"pattern":"^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$"}}}},"taxes":{"type":"array","description":"税率ごとの対象額と消費税額 / Taxable amount and tax per rate","examples":[[{"ratePercent":10,"taxable":221000,"tax":22100}]],"items":{"title":"RecordedTax","type":"object","additionalProperties":false,"required":["ratePercent","taxable","tax"],"properties":{"ratePercent":{"type":"integer","description":"税率（%） / Tax rate in percent","examples":[10],"minimum":0,"maximum":100},"taxable":{"type":"integer","description":"税率ごとの対象額（税抜） / Taxable amount at this rate, before tax","examples":[221000]},"tax":{"type":"integer","description":"税率ごとの消費税額 / Consumption tax at this rate","examples":[22100],"minimum":0}}}},"nonTaxable":{"type":"integer","description":"不課税の合計（遅延損害金） / Total of out-of-scope lines (late fees)","examples":[0],"minimum":0},"total":{"type":"integer","description":"請求額（税込、返還・減額は負） / Total due, tax included (negative for a refund or decrease)","examples":[243100]},"difference":{"type":"integer","description":"元の書類との差額（税込） / Difference from the original, tax included","examples":[2200]},"file":{"type":"string","description":"アーカイブ内のファイル（アーカイブからの相対パス） / The archived file, relative to the archive folder","examples":["acme-logistics/acme-logistics-202607.pdf"],"pattern":"^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$"},"sha256":{"type":"string","description":"PDFのSHA-256 / sha256 of the PDF bytes","examples":["b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184"],"pattern":"^[0-9a-f]{64}$"},"commit":{"type":"string","description":"作成元のgitコミット（none = gitなし、+dirty = 未コミットの変更あり） / The git commit the document was built from (none = not a git repository; +dirty = with uncommitted changes)","examples":["none"],"pattern":"^(none|[0-9a-f]{40}(\\+dirty)?)$"}}}}};
const schema131 = {"title":"RecordedDocument","type":"object","additionalProperties":false,"required":["number","kind","issueDate","total","file","sha256","commit"],"properties":{"number":{"type":"string","description":"書類番号（請求書番号） / Document number (invoice number)","examples":["acme-logistics-202607"],"pattern":"^[a-z][a-z0-9-]{1,60}$"},"kind":{"type":"string","description":"書類の種類（invoice = 適格請求書、correction = 修正適格請求書、refund = 適格返還請求書、contract = 利用契約内容確認書） / Kind: invoice, correction (修正適格請求書), refund (適格返還請求書) or contract","examples":["invoice"],"enum":["invoice","correction","refund","contract"]},"month":{"type":"string","description":"請求月（請求書のみ） / Billed month (invoices only)","examples":["2026-07"],"pattern":"^[0-9]{4}-(0[1-9]|1[0-2])$"},"issueDate":{"type":"string","description":"発行日 / Issue date","examples":["2026-08-03"],"format":"date"},"dueDate":{"type":"string","description":"支払期限日 / Due date","examples":["2026-08-31"],"format":"date"},"periodFrom":{"type":"string","description":"取引期間の初日 / First day of the billed period","examples":["2026-07-01"],"format":"date"},"periodThrough":{"type":"string","description":"取引期間の末日 / Last day of the billed period","examples":["2026-07-31"],"format":"date"},"tariffEffectiveFrom":{"type":"string","description":"適用した料金表の実施日 / effectiveFrom of the tariff the document was priced with","examples":["2019-07-01"],"format":"date"},"corrects":{"type":"object","additionalProperties":false,"required":["number","issueDate"],"description":"修正・返還の対象となる元の書類 / The original document a correction or refund refers to","examples":[{"number":"acme-logistics-202607","issueDate":"2026-08-03"}],"properties":{"number":{"type":"string","description":"元の書類番号 / Number of the original document","examples":["acme-logistics-202607"],"pattern":"^[a-z][a-z0-9-]{1,60}$"},"issueDate":{"type":"string","description":"元の書類の発行日 / Issue date of the original document","examples":["2026-08-03"],"format":"date"}}},"reason":{"type":"string","description":"修正の理由 / Why the correction was made","examples":["月額利用料金の単価誤り"],"minLength":1,"maxLength":1000},"lines":{"type":"array","description":"明細 / Lines as issued","examples":[[{"kind":"plan","ref":"standard","description":"月額利用料金（スタンダードプラン）","quantity":2,"unitPrice":30000,"amount":60000,"taxCategory":"standard-10"}]],"items":{"title":"RecordedLine","type":"object","additionalProperties":false,"required":["kind","description","quantity","unitPrice","amount","taxCategory"],"properties":{"kind":{"type":"string","description":"明細の種類 / Kind of line","examples":["plan"],"enum":["initial","plan","option","work","late-fee"]},"ref":{"type":"string","description":"明細の元（プラン・オプションのコード、作業ID、入金日） / What the line comes from: plan or option code, work order id, payment date","examples":["standard"],"minLength":1,"maxLength":200},"description":{"type":"string","description":"品名 / Description as printed","examples":["月額利用料金（スタンダードプラン）"],"minLength":1,"maxLength":1000},"quantity":{"type":"integer","description":"数量 / Quantity","examples":[2],"minimum":0},"unitPrice":{"type":"integer","description":"単価（円） / Unit price in yen","examples":[30000],"minimum":0},"amount":{"type":"integer","description":"金額（円、税抜） / Amount in yen, tax excluded","examples":[60000],"minimum":0},"taxCategory":{"type":"string","description":"税区分（standard-10 = 10%、out-of-scope = 不課税） / Tax category: standard-10 (10 %) or out-of-scope (不課税)","examples":["standard-10"],"pattern":"^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$"}}}},"taxes":{"type":"array","description":"税率ごとの対象額と消費税額 / Taxable amount and tax per rate","examples":[[{"ratePercent":10,"taxable":221000,"tax":22100}]],"items":{"title":"RecordedTax","type":"object","additionalProperties":false,"required":["ratePercent","taxable","tax"],"properties":{"ratePercent":{"type":"integer","description":"税率（%） / Tax rate in percent","examples":[10],"minimum":0,"maximum":100},"taxable":{"type":"integer","description":"税率ごとの対象額（税抜） / Taxable amount at this rate, before tax","examples":[221000]},"tax":{"type":"integer","description":"税率ごとの消費税額 / Consumption tax at this rate","examples":[22100],"minimum":0}}}},"nonTaxable":{"type":"integer","description":"不課税の合計（遅延損害金） / Total of out-of-scope lines (late fees)","examples":[0],"minimum":0},"total":{"type":"integer","description":"請求額（税込、返還・減額は負） / Total due, tax included (negative for a refund or decrease)","examples":[243100]},"difference":{"type":"integer","description":"元の書類との差額（税込） / Difference from the original, tax included","examples":[2200]},"file":{"type":"string","description":"アーカイブ内のファイル（アーカイブからの相対パス） / The archived file, relative to the archive folder","examples":["acme-logistics/acme-logistics-202607.pdf"],"pattern":"^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$"},"sha256":{"type":"string","description":"PDFのSHA-256 / sha256 of the PDF bytes","examples":["b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184"],"pattern":"^[0-9a-f]{64}$"},"commit":{"type":"string","description":"作成元のgitコミット（none = gitなし、+dirty = 未コミットの変更あり） / The git commit the document was built from (none = not a git repository; +dirty = with uncommitted changes)","examples":["none"],"pattern":"^(none|[0-9a-f]{40}(\\+dirty)?)$"}}};
const pattern108 = new RegExp("^[a-z][a-z0-9-]{1,60}$", "u");
const pattern111 = new RegExp("^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$", "u");
const pattern112 = new RegExp("^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$", "u");
const pattern113 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern114 = new RegExp("^(none|[0-9a-f]{40}(\\+dirty)?)$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/register.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.customer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "customer"},message:"must have required property '"+"customer"+"'",schema:schema129.required,parentSchema:schema129,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.documents === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documents"},message:"must have required property '"+"documents"+"'",schema:schema129.required,parentSchema:schema129,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "customer") || (key0 === "documents"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema129,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.customer !== undefined){
let data0 = data.customer;
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err3 = {instancePath:instancePath+"/customer",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/customer",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.documents !== undefined){
let data1 = data.documents;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.number === undefined){
const err5 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.kind === undefined){
const err6 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.issueDate === undefined){
const err7 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "issueDate"},message:"must have required property '"+"issueDate"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.total === undefined){
const err8 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "total"},message:"must have required property '"+"total"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.file === undefined){
const err9 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.sha256 === undefined){
const err10 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.commit === undefined){
const err11 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema131.required,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data2){
if(!(func7.call(schema131.properties, key1))){
const err12 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.number !== undefined){
let data3 = data2.number;
if(typeof data3 === "string"){
if(!pattern108.test(data3)){
const err13 = {instancePath:instancePath+"/documents/" + i0+"/number",schemaPath:"#/definitions/document/properties/number/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,60}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,60}$"+"\"",schema:"^[a-z][a-z0-9-]{1,60}$",parentSchema:schema131.properties.number,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/documents/" + i0+"/number",schemaPath:"#/definitions/document/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.number.type,parentSchema:schema131.properties.number,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.kind !== undefined){
let data4 = data2.kind;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/documents/" + i0+"/kind",schemaPath:"#/definitions/document/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.kind.type,parentSchema:schema131.properties.kind,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((((data4 === "invoice") || (data4 === "correction")) || (data4 === "refund")) || (data4 === "contract"))){
const err16 = {instancePath:instancePath+"/documents/" + i0+"/kind",schemaPath:"#/definitions/document/properties/kind/enum",keyword:"enum",params:{allowedValues: schema131.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema131.properties.kind.enum,parentSchema:schema131.properties.kind,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.month !== undefined){
let data5 = data2.month;
if(typeof data5 === "string"){
if(!pattern46.test(data5)){
const err17 = {instancePath:instancePath+"/documents/" + i0+"/month",schemaPath:"#/definitions/document/properties/month/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])$"+"\"",schema:"^[0-9]{4}-(0[1-9]|1[0-2])$",parentSchema:schema131.properties.month,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/documents/" + i0+"/month",schemaPath:"#/definitions/document/properties/month/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.month.type,parentSchema:schema131.properties.month,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.issueDate !== undefined){
let data6 = data2.issueDate;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err19 = {instancePath:instancePath+"/documents/" + i0+"/issueDate",schemaPath:"#/definitions/document/properties/issueDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.issueDate,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/documents/" + i0+"/issueDate",schemaPath:"#/definitions/document/properties/issueDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.issueDate.type,parentSchema:schema131.properties.issueDate,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data2.dueDate !== undefined){
let data7 = data2.dueDate;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err21 = {instancePath:instancePath+"/documents/" + i0+"/dueDate",schemaPath:"#/definitions/document/properties/dueDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.dueDate,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/documents/" + i0+"/dueDate",schemaPath:"#/definitions/document/properties/dueDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.dueDate.type,parentSchema:schema131.properties.dueDate,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data2.periodFrom !== undefined){
let data8 = data2.periodFrom;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err23 = {instancePath:instancePath+"/documents/" + i0+"/periodFrom",schemaPath:"#/definitions/document/properties/periodFrom/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.periodFrom,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/documents/" + i0+"/periodFrom",schemaPath:"#/definitions/document/properties/periodFrom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.periodFrom.type,parentSchema:schema131.properties.periodFrom,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data2.periodThrough !== undefined){
let data9 = data2.periodThrough;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err25 = {instancePath:instancePath+"/documents/" + i0+"/periodThrough",schemaPath:"#/definitions/document/properties/periodThrough/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.periodThrough,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/documents/" + i0+"/periodThrough",schemaPath:"#/definitions/document/properties/periodThrough/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.periodThrough.type,parentSchema:schema131.properties.periodThrough,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data2.tariffEffectiveFrom !== undefined){
let data10 = data2.tariffEffectiveFrom;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err27 = {instancePath:instancePath+"/documents/" + i0+"/tariffEffectiveFrom",schemaPath:"#/definitions/document/properties/tariffEffectiveFrom/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.tariffEffectiveFrom,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/documents/" + i0+"/tariffEffectiveFrom",schemaPath:"#/definitions/document/properties/tariffEffectiveFrom/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.tariffEffectiveFrom.type,parentSchema:schema131.properties.tariffEffectiveFrom,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data2.corrects !== undefined){
let data11 = data2.corrects;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.number === undefined){
const err29 = {instancePath:instancePath+"/documents/" + i0+"/corrects",schemaPath:"#/definitions/document/properties/corrects/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema131.properties.corrects.required,parentSchema:schema131.properties.corrects,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data11.issueDate === undefined){
const err30 = {instancePath:instancePath+"/documents/" + i0+"/corrects",schemaPath:"#/definitions/document/properties/corrects/required",keyword:"required",params:{missingProperty: "issueDate"},message:"must have required property '"+"issueDate"+"'",schema:schema131.properties.corrects.required,parentSchema:schema131.properties.corrects,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "number") || (key2 === "issueDate"))){
const err31 = {instancePath:instancePath+"/documents/" + i0+"/corrects",schemaPath:"#/definitions/document/properties/corrects/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema131.properties.corrects,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.number !== undefined){
let data12 = data11.number;
if(typeof data12 === "string"){
if(!pattern108.test(data12)){
const err32 = {instancePath:instancePath+"/documents/" + i0+"/corrects/number",schemaPath:"#/definitions/document/properties/corrects/properties/number/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,60}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,60}$"+"\"",schema:"^[a-z][a-z0-9-]{1,60}$",parentSchema:schema131.properties.corrects.properties.number,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/documents/" + i0+"/corrects/number",schemaPath:"#/definitions/document/properties/corrects/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.corrects.properties.number.type,parentSchema:schema131.properties.corrects.properties.number,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data11.issueDate !== undefined){
let data13 = data11.issueDate;
if(typeof data13 === "string"){
if(!(formats0.validate(data13))){
const err34 = {instancePath:instancePath+"/documents/" + i0+"/corrects/issueDate",schemaPath:"#/definitions/document/properties/corrects/properties/issueDate/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema131.properties.corrects.properties.issueDate,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/documents/" + i0+"/corrects/issueDate",schemaPath:"#/definitions/document/properties/corrects/properties/issueDate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.corrects.properties.issueDate.type,parentSchema:schema131.properties.corrects.properties.issueDate,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/documents/" + i0+"/corrects",schemaPath:"#/definitions/document/properties/corrects/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.properties.corrects.type,parentSchema:schema131.properties.corrects,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data2.reason !== undefined){
let data14 = data2.reason;
if(typeof data14 === "string"){
if(func2(data14) > 1000){
const err37 = {instancePath:instancePath+"/documents/" + i0+"/reason",schemaPath:"#/definitions/document/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema131.properties.reason,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data14) < 1){
const err38 = {instancePath:instancePath+"/documents/" + i0+"/reason",schemaPath:"#/definitions/document/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema131.properties.reason,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/documents/" + i0+"/reason",schemaPath:"#/definitions/document/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.reason.type,parentSchema:schema131.properties.reason,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.lines !== undefined){
let data15 = data2.lines;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.kind === undefined){
const err40 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data16.description === undefined){
const err41 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.quantity === undefined){
const err42 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "quantity"},message:"must have required property '"+"quantity"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.unitPrice === undefined){
const err43 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "unitPrice"},message:"must have required property '"+"unitPrice"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.amount === undefined){
const err44 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.taxCategory === undefined){
const err45 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/required",keyword:"required",params:{missingProperty: "taxCategory"},message:"must have required property '"+"taxCategory"+"'",schema:schema131.properties.lines.items.required,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key3 in data16){
if(!(((((((key3 === "kind") || (key3 === "ref")) || (key3 === "description")) || (key3 === "quantity")) || (key3 === "unitPrice")) || (key3 === "amount")) || (key3 === "taxCategory"))){
const err46 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.kind !== undefined){
let data17 = data16.kind;
if(typeof data17 !== "string"){
const err47 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/kind",schemaPath:"#/definitions/document/properties/lines/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.lines.items.properties.kind.type,parentSchema:schema131.properties.lines.items.properties.kind,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((((data17 === "initial") || (data17 === "plan")) || (data17 === "option")) || (data17 === "work")) || (data17 === "late-fee"))){
const err48 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/kind",schemaPath:"#/definitions/document/properties/lines/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema131.properties.lines.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema131.properties.lines.items.properties.kind.enum,parentSchema:schema131.properties.lines.items.properties.kind,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.ref !== undefined){
let data18 = data16.ref;
if(typeof data18 === "string"){
if(func2(data18) > 200){
const err49 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/ref",schemaPath:"#/definitions/document/properties/lines/items/properties/ref/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema131.properties.lines.items.properties.ref,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func2(data18) < 1){
const err50 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/ref",schemaPath:"#/definitions/document/properties/lines/items/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema131.properties.lines.items.properties.ref,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/ref",schemaPath:"#/definitions/document/properties/lines/items/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.lines.items.properties.ref.type,parentSchema:schema131.properties.lines.items.properties.ref,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.description !== undefined){
let data19 = data16.description;
if(typeof data19 === "string"){
if(func2(data19) > 1000){
const err52 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/description",schemaPath:"#/definitions/document/properties/lines/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema131.properties.lines.items.properties.description,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func2(data19) < 1){
const err53 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/description",schemaPath:"#/definitions/document/properties/lines/items/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema131.properties.lines.items.properties.description,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/description",schemaPath:"#/definitions/document/properties/lines/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.lines.items.properties.description.type,parentSchema:schema131.properties.lines.items.properties.description,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.quantity !== undefined){
let data20 = data16.quantity;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err55 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/quantity",schemaPath:"#/definitions/document/properties/lines/items/properties/quantity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.lines.items.properties.quantity.type,parentSchema:schema131.properties.lines.items.properties.quantity,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
const err56 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/quantity",schemaPath:"#/definitions/document/properties/lines/items/properties/quantity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.lines.items.properties.quantity,data:data20};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data16.unitPrice !== undefined){
let data21 = data16.unitPrice;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err57 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/unitPrice",schemaPath:"#/definitions/document/properties/lines/items/properties/unitPrice/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.lines.items.properties.unitPrice.type,parentSchema:schema131.properties.lines.items.properties.unitPrice,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err58 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/unitPrice",schemaPath:"#/definitions/document/properties/lines/items/properties/unitPrice/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.lines.items.properties.unitPrice,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data16.amount !== undefined){
let data22 = data16.amount;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err59 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/amount",schemaPath:"#/definitions/document/properties/lines/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.lines.items.properties.amount.type,parentSchema:schema131.properties.lines.items.properties.amount,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err60 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/amount",schemaPath:"#/definitions/document/properties/lines/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.lines.items.properties.amount,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
if(data16.taxCategory !== undefined){
let data23 = data16.taxCategory;
if(typeof data23 === "string"){
if(!pattern111.test(data23)){
const err61 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/taxCategory",schemaPath:"#/definitions/document/properties/lines/items/properties/taxCategory/pattern",keyword:"pattern",params:{pattern: "^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$"},message:"must match pattern \""+"^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$"+"\"",schema:"^(standard-[0-9]{1,2}|out-of-scope|non-taxable)$",parentSchema:schema131.properties.lines.items.properties.taxCategory,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1+"/taxCategory",schemaPath:"#/definitions/document/properties/lines/items/properties/taxCategory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.lines.items.properties.taxCategory.type,parentSchema:schema131.properties.lines.items.properties.taxCategory,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/documents/" + i0+"/lines/" + i1,schemaPath:"#/definitions/document/properties/lines/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.properties.lines.items.type,parentSchema:schema131.properties.lines.items,data:data16};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/documents/" + i0+"/lines",schemaPath:"#/definitions/document/properties/lines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema131.properties.lines.type,parentSchema:schema131.properties.lines,data:data15};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data2.taxes !== undefined){
let data24 = data2.taxes;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
let data25 = data24[i2];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.ratePercent === undefined){
const err65 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2,schemaPath:"#/definitions/document/properties/taxes/items/required",keyword:"required",params:{missingProperty: "ratePercent"},message:"must have required property '"+"ratePercent"+"'",schema:schema131.properties.taxes.items.required,parentSchema:schema131.properties.taxes.items,data:data25};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data25.taxable === undefined){
const err66 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2,schemaPath:"#/definitions/document/properties/taxes/items/required",keyword:"required",params:{missingProperty: "taxable"},message:"must have required property '"+"taxable"+"'",schema:schema131.properties.taxes.items.required,parentSchema:schema131.properties.taxes.items,data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data25.tax === undefined){
const err67 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2,schemaPath:"#/definitions/document/properties/taxes/items/required",keyword:"required",params:{missingProperty: "tax"},message:"must have required property '"+"tax"+"'",schema:schema131.properties.taxes.items.required,parentSchema:schema131.properties.taxes.items,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key4 in data25){
if(!(((key4 === "ratePercent") || (key4 === "taxable")) || (key4 === "tax"))){
const err68 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2,schemaPath:"#/definitions/document/properties/taxes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema131.properties.taxes.items,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data25.ratePercent !== undefined){
let data26 = data25.ratePercent;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
const err69 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/ratePercent",schemaPath:"#/definitions/document/properties/taxes/items/properties/ratePercent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.taxes.items.properties.ratePercent.type,parentSchema:schema131.properties.taxes.items.properties.ratePercent,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 100 || isNaN(data26)){
const err70 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/ratePercent",schemaPath:"#/definitions/document/properties/taxes/items/properties/ratePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema131.properties.taxes.items.properties.ratePercent,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data26 < 0 || isNaN(data26)){
const err71 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/ratePercent",schemaPath:"#/definitions/document/properties/taxes/items/properties/ratePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.taxes.items.properties.ratePercent,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data25.taxable !== undefined){
let data27 = data25.taxable;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err72 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/taxable",schemaPath:"#/definitions/document/properties/taxes/items/properties/taxable/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.taxes.items.properties.taxable.type,parentSchema:schema131.properties.taxes.items.properties.taxable,data:data27};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data25.tax !== undefined){
let data28 = data25.tax;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err73 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/tax",schemaPath:"#/definitions/document/properties/taxes/items/properties/tax/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.taxes.items.properties.tax.type,parentSchema:schema131.properties.taxes.items.properties.tax,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
const err74 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2+"/tax",schemaPath:"#/definitions/document/properties/taxes/items/properties/tax/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.taxes.items.properties.tax,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
}
else {
const err75 = {instancePath:instancePath+"/documents/" + i0+"/taxes/" + i2,schemaPath:"#/definitions/document/properties/taxes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.properties.taxes.items.type,parentSchema:schema131.properties.taxes.items,data:data25};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/documents/" + i0+"/taxes",schemaPath:"#/definitions/document/properties/taxes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema131.properties.taxes.type,parentSchema:schema131.properties.taxes,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data2.nonTaxable !== undefined){
let data29 = data2.nonTaxable;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err77 = {instancePath:instancePath+"/documents/" + i0+"/nonTaxable",schemaPath:"#/definitions/document/properties/nonTaxable/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.nonTaxable.type,parentSchema:schema131.properties.nonTaxable,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err78 = {instancePath:instancePath+"/documents/" + i0+"/nonTaxable",schemaPath:"#/definitions/document/properties/nonTaxable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema131.properties.nonTaxable,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
if(data2.total !== undefined){
let data30 = data2.total;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err79 = {instancePath:instancePath+"/documents/" + i0+"/total",schemaPath:"#/definitions/document/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.total.type,parentSchema:schema131.properties.total,data:data30};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data2.difference !== undefined){
let data31 = data2.difference;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err80 = {instancePath:instancePath+"/documents/" + i0+"/difference",schemaPath:"#/definitions/document/properties/difference/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema131.properties.difference.type,parentSchema:schema131.properties.difference,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data2.file !== undefined){
let data32 = data2.file;
if(typeof data32 === "string"){
if(!pattern112.test(data32)){
const err81 = {instancePath:instancePath+"/documents/" + i0+"/file",schemaPath:"#/definitions/document/properties/file/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}/[a-z0-9-]{1,80}\\.pdf$",parentSchema:schema131.properties.file,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/documents/" + i0+"/file",schemaPath:"#/definitions/document/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.file.type,parentSchema:schema131.properties.file,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data2.sha256 !== undefined){
let data33 = data2.sha256;
if(typeof data33 === "string"){
if(!pattern113.test(data33)){
const err83 = {instancePath:instancePath+"/documents/" + i0+"/sha256",schemaPath:"#/definitions/document/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema131.properties.sha256,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/documents/" + i0+"/sha256",schemaPath:"#/definitions/document/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.sha256.type,parentSchema:schema131.properties.sha256,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data2.commit !== undefined){
let data34 = data2.commit;
if(typeof data34 === "string"){
if(!pattern114.test(data34)){
const err85 = {instancePath:instancePath+"/documents/" + i0+"/commit",schemaPath:"#/definitions/document/properties/commit/pattern",keyword:"pattern",params:{pattern: "^(none|[0-9a-f]{40}(\\+dirty)?)$"},message:"must match pattern \""+"^(none|[0-9a-f]{40}(\\+dirty)?)$"+"\"",schema:"^(none|[0-9a-f]{40}(\\+dirty)?)$",parentSchema:schema131.properties.commit,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/documents/" + i0+"/commit",schemaPath:"#/definitions/document/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema131.properties.commit.type,parentSchema:schema131.properties.commit,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/documents/" + i0,schemaPath:"#/definitions/document/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema131.type,parentSchema:schema131,data:data2};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/documents",schemaPath:"#/properties/documents/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.properties.documents.type,parentSchema:schema129.properties.documents,data:data1};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema129.type,parentSchema:schema129,data};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

exports.revision = validate23;
const schema132 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/revision.schema.json","title":"Revision","description":"約款・料金の改定（policies/revisions/<id>.yaml） / An announced change of the terms or the tariff: policies/revisions/<id>.yaml","type":"object","additionalProperties":false,"required":["id","kind","title","announcedOn","effectiveOn","summary"],"properties":{"id":{"$ref":"common.schema.json#/definitions/revisionId","description":"改定ID（ファイル名と同じ） / Revision id; equals the file name","examples":["2027-04-tariff"]},"kind":{"type":"string","enum":["tariff","terms"],"description":"種類 / Kind of change","examples":["tariff"]},"title":{"$ref":"common.schema.json#/definitions/name","description":"件名 / Title (mail subject)","examples":["VVAULTマネージド・サービス 利用料金改定のお知らせ"]},"announcedOn":{"$ref":"common.schema.json#/definitions/date","description":"告知日 / Date announced","examples":["2027-01-15"]},"effectiveOn":{"$ref":"common.schema.json#/definitions/date","description":"実施日（第2条） / Effective date (art. 2)","examples":["2027-04-01"]},"tariff":{"$ref":"common.schema.json#/definitions/date","description":"新しい料金表の effectiveFrom（kind: tariff のとき） / effectiveFrom of the new tariff (kind: tariff)","examples":["2027-04-01"]},"termsEdition":{"type":"integer","description":"新しい約款の版数（kind: terms のとき） / New terms edition (kind: terms)","examples":[5],"minimum":1},"summary":{"type":"string","description":"改定の概要 / Summary of the change","examples":["運用コストの上昇に伴い、2027年4月1日より月額利用料金を改定いたします。"],"minLength":1,"maxLength":2000}}};
const schema133 = {"type":"string","description":"改定ID（英小文字または数字で始まり、英小文字・数字・ハイフン、2〜40文字） / Revision id: a lowercase letter or digit, then lowercase letters, digits or hyphens; 2-40 characters","examples":["2027-04-tariff"],"pattern":"^[a-z0-9][a-z0-9-]{1,39}$"};
const pattern115 = new RegExp("^[a-z0-9][a-z0-9-]{1,39}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/revision.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.announcedOn === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "announcedOn"},message:"must have required property '"+"announcedOn"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.effectiveOn === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effectiveOn"},message:"must have required property '"+"effectiveOn"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "id") || (key0 === "kind")) || (key0 === "title")) || (key0 === "announcedOn")) || (key0 === "effectiveOn")) || (key0 === "tariff")) || (key0 === "termsEdition")) || (key0 === "summary"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern115.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/revisionId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z0-9][a-z0-9-]{1,39}$",parentSchema:schema133,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/definitions/revisionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema133.type,parentSchema:schema133,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.kind.type,parentSchema:schema132.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data1 === "tariff") || (data1 === "terms"))){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema132.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema132.properties.kind.enum,parentSchema:schema132.properties.kind,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err11 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern2.test(data2)){
const err13 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.announcedOn !== undefined){
let data3 = data.announcedOn;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err15 = {instancePath:instancePath+"/announcedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data3))){
const err16 = {instancePath:instancePath+"/announcedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/announcedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.effectiveOn !== undefined){
let data4 = data.effectiveOn;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err18 = {instancePath:instancePath+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats0.validate(data4))){
const err19 = {instancePath:instancePath+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tariff !== undefined){
let data5 = data.tariff;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err21 = {instancePath:instancePath+"/tariff",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!(formats0.validate(data5))){
const err22 = {instancePath:instancePath+"/tariff",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/tariff",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.termsEdition !== undefined){
let data6 = data.termsEdition;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err24 = {instancePath:instancePath+"/termsEdition",schemaPath:"#/properties/termsEdition/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema132.properties.termsEdition.type,parentSchema:schema132.properties.termsEdition,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/termsEdition",schemaPath:"#/properties/termsEdition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema132.properties.termsEdition,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.summary !== undefined){
let data7 = data.summary;
if(typeof data7 === "string"){
if(func2(data7) > 2000){
const err26 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema132.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data7) < 1){
const err27 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema132.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.summary.type,parentSchema:schema132.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

exports.routing = validate24;
const schema138 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/routing.schema.json","title":"Routing","description":"アラートの通知先（仕様書2〜4） / Who is told of an alert, and when (spec 2-4)","type":"object","additionalProperties":false,"required":["receivers","rules","repeatIntervalHours"],"properties":{"receivers":{"type":"array","items":{"type":"object","title":"ProviderReceiver","description":"当社側の通知先 / Provider's receiver","additionalProperties":false,"required":["id","name","email"],"properties":{"id":{"$ref":"common.schema.json#/definitions/id","description":"通知先ID / Receiver id","examples":["helpdesk"]},"name":{"$ref":"common.schema.json#/definitions/name","description":"名称 / Name","examples":["ヘルプデスク"]},"email":{"$ref":"common.schema.json#/definitions/email","description":"メールアドレス / E-mail address","examples":["helpdesk@example.jp"]}}},"description":"当社側の通知先 / Provider's receivers","examples":[[{"id":"noc","name":"監視センター","email":"noc@example.jp"}]],"minItems":1},"rules":{"type":"array","items":{"type":"object","title":"RoutingRule","description":"重大度ごとの通知規則 / Routing rule for one severity","additionalProperties":false,"required":["severity","helpdeskHours","outsideHelpdeskHours","notifyCustomer"],"properties":{"severity":{"$ref":"common.schema.json#/definitions/severity","description":"重大度 / Severity","examples":["critical"]},"helpdeskHours":{"type":"array","items":{"$ref":"common.schema.json#/definitions/id","description":"通知先ID / Receiver id","examples":["helpdesk"]},"description":"ヘルプデスク営業時間内の通知先 / Receivers during helpdesk hours","examples":[["helpdesk"]],"minItems":1,"uniqueItems":true},"outsideHelpdeskHours":{"type":"array","items":{"$ref":"common.schema.json#/definitions/id","description":"通知先ID / Receiver id","examples":["noc"]},"description":"営業時間外の通知先 / Receivers outside helpdesk hours","examples":[["noc"]],"minItems":1,"uniqueItems":true},"notifyCustomer":{"type":"boolean","description":"障害通知を希望する顧客担当者にも常時通知（仕様書4） / Also notify opted-in customer contacts, at any hour (spec 4)","examples":[true]}}},"description":"通知規則 / Rules","examples":[[{"severity":"critical","helpdeskHours":["helpdesk"],"outsideHelpdeskHours":["noc"],"notifyCustomer":true}]],"minItems":1},"repeatIntervalHours":{"type":"integer","description":"未解決アラートの再通知間隔（時間） / Hours before an unresolved alert is sent again","examples":[4],"minimum":1,"maximum":168},"groupWaitSeconds":{"type":"integer","description":"最初の通知までの待ち時間（秒、任意） / Seconds to wait before the first notification (optional)","examples":[30],"minimum":0,"maximum":3600,"default":30},"groupIntervalMinutes":{"type":"integer","description":"同じグループの追加通知の間隔（分、任意） / Minutes between notifications for a changed group (optional)","examples":[5],"minimum":1,"maximum":1440,"default":5}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/routing.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.receivers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receivers"},message:"must have required property '"+"receivers"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rules === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repeatIntervalHours === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repeatIntervalHours"},message:"must have required property '"+"repeatIntervalHours"+"'",schema:schema138.required,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "receivers") || (key0 === "rules")) || (key0 === "repeatIntervalHours")) || (key0 === "groupWaitSeconds")) || (key0 === "groupIntervalMinutes"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.receivers !== undefined){
let data0 = data.receivers;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/receivers",schemaPath:"#/properties/receivers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema138.properties.receivers,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err5 = {instancePath:instancePath+"/receivers/" + i0,schemaPath:"#/properties/receivers/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema138.properties.receivers.items.required,parentSchema:schema138.properties.receivers.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.name === undefined){
const err6 = {instancePath:instancePath+"/receivers/" + i0,schemaPath:"#/properties/receivers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema138.properties.receivers.items.required,parentSchema:schema138.properties.receivers.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.email === undefined){
const err7 = {instancePath:instancePath+"/receivers/" + i0,schemaPath:"#/properties/receivers/items/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema138.properties.receivers.items.required,parentSchema:schema138.properties.receivers.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "id") || (key1 === "name")) || (key1 === "email"))){
const err8 = {instancePath:instancePath+"/receivers/" + i0,schemaPath:"#/properties/receivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema138.properties.receivers.items,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern11.test(data2)){
const err9 = {instancePath:instancePath+"/receivers/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/receivers/" + i0+"/id",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err11 = {instancePath:instancePath+"/receivers/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/receivers/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern2.test(data3)){
const err13 = {instancePath:instancePath+"/receivers/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/receivers/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.email !== undefined){
let data4 = data1.email;
if(typeof data4 === "string"){
if(func2(data4) > 254){
const err15 = {instancePath:instancePath+"/receivers/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats6.test(data4))){
const err16 = {instancePath:instancePath+"/receivers/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/receivers/" + i0+"/email",schemaPath:"common.schema.json#/definitions/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/receivers/" + i0,schemaPath:"#/properties/receivers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema138.properties.receivers.items.type,parentSchema:schema138.properties.receivers.items,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/receivers",schemaPath:"#/properties/receivers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.properties.receivers.type,parentSchema:schema138.properties.receivers,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.rules !== undefined){
let data5 = data.rules;
if(Array.isArray(data5)){
if(data5.length < 1){
const err20 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema138.properties.rules,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.severity === undefined){
const err21 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema138.properties.rules.items.required,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.helpdeskHours === undefined){
const err22 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "helpdeskHours"},message:"must have required property '"+"helpdeskHours"+"'",schema:schema138.properties.rules.items.required,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.outsideHelpdeskHours === undefined){
const err23 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "outsideHelpdeskHours"},message:"must have required property '"+"outsideHelpdeskHours"+"'",schema:schema138.properties.rules.items.required,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.notifyCustomer === undefined){
const err24 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "notifyCustomer"},message:"must have required property '"+"notifyCustomer"+"'",schema:schema138.properties.rules.items.required,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "severity") || (key2 === "helpdeskHours")) || (key2 === "outsideHelpdeskHours")) || (key2 === "notifyCustomer"))){
const err25 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.severity !== undefined){
let data7 = data6.severity;
if(typeof data7 !== "string"){
const err26 = {instancePath:instancePath+"/rules/" + i1+"/severity",schemaPath:"common.schema.json#/definitions/severity/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data7 === "critical") || (data7 === "warning"))){
const err27 = {instancePath:instancePath+"/rules/" + i1+"/severity",schemaPath:"common.schema.json#/definitions/severity/enum",keyword:"enum",params:{allowedValues: schema70.enum},message:"must be equal to one of the allowed values",schema:schema70.enum,parentSchema:schema70,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.helpdeskHours !== undefined){
let data8 = data6.helpdeskHours;
if(Array.isArray(data8)){
if(data8.length < 1){
const err28 = {instancePath:instancePath+"/rules/" + i1+"/helpdeskHours",schemaPath:"#/properties/rules/items/properties/helpdeskHours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema138.properties.rules.items.properties.helpdeskHours,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern11.test(data9)){
const err29 = {instancePath:instancePath+"/rules/" + i1+"/helpdeskHours/" + i2,schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/rules/" + i1+"/helpdeskHours/" + i2,schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i3 = data8.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data8[i3], data8[j0])){
const err31 = {instancePath:instancePath+"/rules/" + i1+"/helpdeskHours",schemaPath:"#/properties/rules/items/properties/helpdeskHours/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema138.properties.rules.items.properties.helpdeskHours,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/rules/" + i1+"/helpdeskHours",schemaPath:"#/properties/rules/items/properties/helpdeskHours/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.properties.rules.items.properties.helpdeskHours.type,parentSchema:schema138.properties.rules.items.properties.helpdeskHours,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.outsideHelpdeskHours !== undefined){
let data10 = data6.outsideHelpdeskHours;
if(Array.isArray(data10)){
if(data10.length < 1){
const err33 = {instancePath:instancePath+"/rules/" + i1+"/outsideHelpdeskHours",schemaPath:"#/properties/rules/items/properties/outsideHelpdeskHours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema138.properties.rules.items.properties.outsideHelpdeskHours,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len3 = data10.length;
for(let i4=0; i4<len3; i4++){
let data11 = data10[i4];
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err34 = {instancePath:instancePath+"/rules/" + i1+"/outsideHelpdeskHours/" + i4,schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/rules/" + i1+"/outsideHelpdeskHours/" + i4,schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i5 = data10.length;
let j1;
if(i5 > 1){
outer1:
for(;i5--;){
for(j1 = i5; j1--;){
if(func0(data10[i5], data10[j1])){
const err36 = {instancePath:instancePath+"/rules/" + i1+"/outsideHelpdeskHours",schemaPath:"#/properties/rules/items/properties/outsideHelpdeskHours/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema138.properties.rules.items.properties.outsideHelpdeskHours,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/rules/" + i1+"/outsideHelpdeskHours",schemaPath:"#/properties/rules/items/properties/outsideHelpdeskHours/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.properties.rules.items.properties.outsideHelpdeskHours.type,parentSchema:schema138.properties.rules.items.properties.outsideHelpdeskHours,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data6.notifyCustomer !== undefined){
let data12 = data6.notifyCustomer;
if(typeof data12 !== "boolean"){
const err38 = {instancePath:instancePath+"/rules/" + i1+"/notifyCustomer",schemaPath:"#/properties/rules/items/properties/notifyCustomer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema138.properties.rules.items.properties.notifyCustomer.type,parentSchema:schema138.properties.rules.items.properties.notifyCustomer,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/rules/" + i1,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema138.properties.rules.items.type,parentSchema:schema138.properties.rules.items,data:data6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema138.properties.rules.type,parentSchema:schema138.properties.rules,data:data5};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.repeatIntervalHours !== undefined){
let data13 = data.repeatIntervalHours;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err41 = {instancePath:instancePath+"/repeatIntervalHours",schemaPath:"#/properties/repeatIntervalHours/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema138.properties.repeatIntervalHours.type,parentSchema:schema138.properties.repeatIntervalHours,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 168 || isNaN(data13)){
const err42 = {instancePath:instancePath+"/repeatIntervalHours",schemaPath:"#/properties/repeatIntervalHours/maximum",keyword:"maximum",params:{comparison: "<=", limit: 168},message:"must be <= 168",schema:168,parentSchema:schema138.properties.repeatIntervalHours,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err43 = {instancePath:instancePath+"/repeatIntervalHours",schemaPath:"#/properties/repeatIntervalHours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema138.properties.repeatIntervalHours,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.groupWaitSeconds !== undefined){
let data14 = data.groupWaitSeconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err44 = {instancePath:instancePath+"/groupWaitSeconds",schemaPath:"#/properties/groupWaitSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema138.properties.groupWaitSeconds.type,parentSchema:schema138.properties.groupWaitSeconds,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 3600 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/groupWaitSeconds",schemaPath:"#/properties/groupWaitSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema138.properties.groupWaitSeconds,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err46 = {instancePath:instancePath+"/groupWaitSeconds",schemaPath:"#/properties/groupWaitSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema138.properties.groupWaitSeconds,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.groupIntervalMinutes !== undefined){
let data15 = data.groupIntervalMinutes;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err47 = {instancePath:instancePath+"/groupIntervalMinutes",schemaPath:"#/properties/groupIntervalMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema138.properties.groupIntervalMinutes.type,parentSchema:schema138.properties.groupIntervalMinutes,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1440 || isNaN(data15)){
const err48 = {instancePath:instancePath+"/groupIntervalMinutes",schemaPath:"#/properties/groupIntervalMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1440},message:"must be <= 1440",schema:1440,parentSchema:schema138.properties.groupIntervalMinutes,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err49 = {instancePath:instancePath+"/groupIntervalMinutes",schemaPath:"#/properties/groupIntervalMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema138.properties.groupIntervalMinutes,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema138.type,parentSchema:schema138,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

exports.tariff = validate25;
const schema145 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/tariff.schema.json","title":"Tariff","description":"料金表（policies/tariffs/<effectiveFrom>.yaml） / A tariff version: policies/tariffs/<effectiveFrom>.yaml","type":"object","additionalProperties":false,"required":["effectiveFrom","taxRatePercent","plans","options"],"properties":{"effectiveFrom":{"$ref":"common.schema.json#/definitions/date","description":"適用開始日（ファイル名と同じ） / First day in force; equals the file name","examples":["2019-07-01"]},"taxRatePercent":{"type":"integer","description":"消費税率（%） / Consumption tax rate, percent","examples":[10],"enum":[8,10]},"plans":{"type":"array","items":{"type":"object","title":"Plan","description":"プラン / Plan","additionalProperties":false,"required":["code","name","initialFee","monthlyFee"],"properties":{"code":{"$ref":"common.schema.json#/definitions/id","description":"プランコード / Plan code","examples":["standard"]},"name":{"$ref":"common.schema.json#/definitions/name","description":"プラン名 / Plan name","examples":["スタンダード"]},"initialFee":{"$ref":"common.schema.json#/definitions/yen","description":"初期費用（税抜） / Initial fee, tax excluded","examples":[100000]},"monthlyFee":{"$ref":"common.schema.json#/definitions/yen","description":"月額利用料金（1サーバーあたり、税抜） / Monthly fee per server, tax excluded","examples":[30000]}}},"description":"プラン / Plans","examples":[[{"code":"standard","name":"スタンダード","initialFee":100000,"monthlyFee":30000}]],"minItems":1},"options":{"type":"array","items":{"type":"object","title":"TariffOption","description":"オプション / Option","additionalProperties":false,"required":["code","name","monthlyFee","per"],"properties":{"code":{"$ref":"common.schema.json#/definitions/id","description":"オプションコード / Option code","examples":["monthly-report"]},"name":{"$ref":"common.schema.json#/definitions/name","description":"オプション名 / Option name","examples":["月次稼働レポート"]},"monthlyFee":{"$ref":"common.schema.json#/definitions/yen","description":"月額（税抜） / Monthly fee, tax excluded","examples":[5000]},"per":{"type":"string","enum":["customer","server"],"description":"課金単位 / Charged per customer or per server","examples":["customer"]}}},"description":"オプション / Options","examples":[[{"code":"monthly-report","name":"月次稼働レポート","monthlyFee":5000,"per":"customer"}]]}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/tariff.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.effectiveFrom === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effectiveFrom"},message:"must have required property '"+"effectiveFrom"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.taxRatePercent === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "taxRatePercent"},message:"must have required property '"+"taxRatePercent"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.plans === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "plans"},message:"must have required property '"+"plans"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.options === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "effectiveFrom") || (key0 === "taxRatePercent")) || (key0 === "plans")) || (key0 === "options"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.effectiveFrom !== undefined){
let data0 = data.effectiveFrom;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(formats0.validate(data0))){
const err6 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/effectiveFrom",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.taxRatePercent !== undefined){
let data1 = data.taxRatePercent;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/taxRatePercent",schemaPath:"#/properties/taxRatePercent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema145.properties.taxRatePercent.type,parentSchema:schema145.properties.taxRatePercent,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data1 === 8) || (data1 === 10))){
const err9 = {instancePath:instancePath+"/taxRatePercent",schemaPath:"#/properties/taxRatePercent/enum",keyword:"enum",params:{allowedValues: schema145.properties.taxRatePercent.enum},message:"must be equal to one of the allowed values",schema:schema145.properties.taxRatePercent.enum,parentSchema:schema145.properties.taxRatePercent,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.plans !== undefined){
let data2 = data.plans;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema145.properties.plans,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.code === undefined){
const err11 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema145.properties.plans.items.required,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.name === undefined){
const err12 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema145.properties.plans.items.required,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.initialFee === undefined){
const err13 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/required",keyword:"required",params:{missingProperty: "initialFee"},message:"must have required property '"+"initialFee"+"'",schema:schema145.properties.plans.items.required,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.monthlyFee === undefined){
const err14 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/required",keyword:"required",params:{missingProperty: "monthlyFee"},message:"must have required property '"+"monthlyFee"+"'",schema:schema145.properties.plans.items.required,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "code") || (key1 === "name")) || (key1 === "initialFee")) || (key1 === "monthlyFee"))){
const err15 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.code !== undefined){
let data4 = data3.code;
if(typeof data4 === "string"){
if(!pattern11.test(data4)){
const err16 = {instancePath:instancePath+"/plans/" + i0+"/code",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/plans/" + i0+"/code",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.name !== undefined){
let data5 = data3.name;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err18 = {instancePath:instancePath+"/plans/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/plans/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern2.test(data5)){
const err20 = {instancePath:instancePath+"/plans/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/plans/" + i0+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.initialFee !== undefined){
let data6 = data3.initialFee;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err22 = {instancePath:instancePath+"/plans/" + i0+"/initialFee",schemaPath:"common.schema.json#/definitions/yen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.type,parentSchema:schema58,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000 || isNaN(data6)){
const err23 = {instancePath:instancePath+"/plans/" + i0+"/initialFee",schemaPath:"common.schema.json#/definitions/yen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema58,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/plans/" + i0+"/initialFee",schemaPath:"common.schema.json#/definitions/yen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data3.monthlyFee !== undefined){
let data7 = data3.monthlyFee;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err25 = {instancePath:instancePath+"/plans/" + i0+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.type,parentSchema:schema58,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000 || isNaN(data7)){
const err26 = {instancePath:instancePath+"/plans/" + i0+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema58,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/plans/" + i0+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/plans/" + i0,schemaPath:"#/properties/plans/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.properties.plans.items.type,parentSchema:schema145.properties.plans.items,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/plans",schemaPath:"#/properties/plans/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.properties.plans.type,parentSchema:schema145.properties.plans,data:data2};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.options !== undefined){
let data8 = data.options;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.code === undefined){
const err30 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema145.properties.options.items.required,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data9.name === undefined){
const err31 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema145.properties.options.items.required,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data9.monthlyFee === undefined){
const err32 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "monthlyFee"},message:"must have required property '"+"monthlyFee"+"'",schema:schema145.properties.options.items.required,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data9.per === undefined){
const err33 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/required",keyword:"required",params:{missingProperty: "per"},message:"must have required property '"+"per"+"'",schema:schema145.properties.options.items.required,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data9){
if(!((((key2 === "code") || (key2 === "name")) || (key2 === "monthlyFee")) || (key2 === "per"))){
const err34 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data9.code !== undefined){
let data10 = data9.code;
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err35 = {instancePath:instancePath+"/options/" + i1+"/code",schemaPath:"common.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{1,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{1,39}$"+"\"",schema:"^[a-z][a-z0-9-]{1,39}$",parentSchema:schema25,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/options/" + i1+"/code",schemaPath:"common.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(func2(data11) > 200){
const err37 = {instancePath:instancePath+"/options/" + i1+"/name",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data11) < 1){
const err38 = {instancePath:instancePath+"/options/" + i1+"/name",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern2.test(data11)){
const err39 = {instancePath:instancePath+"/options/" + i1+"/name",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/options/" + i1+"/name",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.monthlyFee !== undefined){
let data12 = data9.monthlyFee;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err41 = {instancePath:instancePath+"/options/" + i1+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.type,parentSchema:schema58,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000 || isNaN(data12)){
const err42 = {instancePath:instancePath+"/options/" + i1+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema58,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err43 = {instancePath:instancePath+"/options/" + i1+"/monthlyFee",schemaPath:"common.schema.json#/definitions/yen/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data9.per !== undefined){
let data13 = data9.per;
if(typeof data13 !== "string"){
const err44 = {instancePath:instancePath+"/options/" + i1+"/per",schemaPath:"#/properties/options/items/properties/per/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema145.properties.options.items.properties.per.type,parentSchema:schema145.properties.options.items.properties.per,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!((data13 === "customer") || (data13 === "server"))){
const err45 = {instancePath:instancePath+"/options/" + i1+"/per",schemaPath:"#/properties/options/items/properties/per/enum",keyword:"enum",params:{allowedValues: schema145.properties.options.items.properties.per.enum},message:"must be equal to one of the allowed values",schema:schema145.properties.options.items.properties.per.enum,parentSchema:schema145.properties.options.items.properties.per,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/options/" + i1,schemaPath:"#/properties/options/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.properties.options.items.type,parentSchema:schema145.properties.options.items,data:data9};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.properties.options.type,parentSchema:schema145.properties.options,data:data8};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.type,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

exports.terms = validate26;
const schema154 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://vmsc.example.jp/schemas/terms.schema.json","title":"Terms","description":"利用約款の版 / Editions of the terms of use","type":"object","additionalProperties":false,"required":["editions"],"properties":{"editions":{"type":"array","items":{"type":"object","title":"TermsEdition","description":"約款の版 / An edition of the terms","additionalProperties":false,"required":["edition","publishedOn","effectiveOn","summary"],"properties":{"edition":{"type":"integer","description":"版数 / Edition number","examples":[4],"minimum":1},"publishedOn":{"$ref":"common.schema.json#/definitions/date","description":"公開日 / Date published","examples":["2020-08-01"]},"effectiveOn":{"$ref":"common.schema.json#/definitions/date","description":"実施日 / Date in effect","examples":["2020-08-01"]},"summary":{"$ref":"common.schema.json#/definitions/name","description":"改定内容 / What changed","examples":["サービス仕様書改定（別紙第4項）"]}}},"description":"版の一覧 / Editions","examples":[[{"edition":1,"publishedOn":"2014-11-01","effectiveOn":"2014-11-01","summary":"第1版 発行"}]],"minItems":1}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://vmsc.example.jp/schemas/terms.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.editions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "editions"},message:"must have required property '"+"editions"+"'",schema:schema154.required,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "editions")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.editions !== undefined){
let data0 = data.editions;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/editions",schemaPath:"#/properties/editions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema154.properties.editions,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.edition === undefined){
const err3 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/required",keyword:"required",params:{missingProperty: "edition"},message:"must have required property '"+"edition"+"'",schema:schema154.properties.editions.items.required,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.publishedOn === undefined){
const err4 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/required",keyword:"required",params:{missingProperty: "publishedOn"},message:"must have required property '"+"publishedOn"+"'",schema:schema154.properties.editions.items.required,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.effectiveOn === undefined){
const err5 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/required",keyword:"required",params:{missingProperty: "effectiveOn"},message:"must have required property '"+"effectiveOn"+"'",schema:schema154.properties.editions.items.required,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.summary === undefined){
const err6 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema154.properties.editions.items.required,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data1){
if(!((((key1 === "edition") || (key1 === "publishedOn")) || (key1 === "effectiveOn")) || (key1 === "summary"))){
const err7 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.edition !== undefined){
let data2 = data1.edition;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/editions/" + i0+"/edition",schemaPath:"#/properties/editions/items/properties/edition/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema154.properties.editions.items.properties.edition.type,parentSchema:schema154.properties.editions.items.properties.edition,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/editions/" + i0+"/edition",schemaPath:"#/properties/editions/items/properties/edition/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema154.properties.editions.items.properties.edition,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.publishedOn !== undefined){
let data3 = data1.publishedOn;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err10 = {instancePath:instancePath+"/editions/" + i0+"/publishedOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0.validate(data3))){
const err11 = {instancePath:instancePath+"/editions/" + i0+"/publishedOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/editions/" + i0+"/publishedOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.effectiveOn !== undefined){
let data4 = data1.effectiveOn;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err13 = {instancePath:instancePath+"/editions/" + i0+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats0.validate(data4))){
const err14 = {instancePath:instancePath+"/editions/" + i0+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/editions/" + i0+"/effectiveOn",schemaPath:"common.schema.json#/definitions/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.type,parentSchema:schema18,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.summary !== undefined){
let data5 = data1.summary;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err16 = {instancePath:instancePath+"/editions/" + i0+"/summary",schemaPath:"common.schema.json#/definitions/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/editions/" + i0+"/summary",schemaPath:"common.schema.json#/definitions/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern2.test(data5)){
const err18 = {instancePath:instancePath+"/editions/" + i0+"/summary",schemaPath:"common.schema.json#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/editions/" + i0+"/summary",schemaPath:"common.schema.json#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/editions/" + i0,schemaPath:"#/properties/editions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.properties.editions.items.type,parentSchema:schema154.properties.editions.items,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/editions",schemaPath:"#/properties/editions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema154.properties.editions.type,parentSchema:schema154.properties.editions,data:data0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema154.type,parentSchema:schema154,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

