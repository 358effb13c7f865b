--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 18.4
-- Dumped by pg_dump version 18.6 (Debian 18.6-3)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

BEGIN;

--
-- Name: 20001..21000; Type: BLOB METADATA; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20001');
SELECT pg_catalog.lo_create('20002');
SELECT pg_catalog.lo_create('20003');
SELECT pg_catalog.lo_create('20004');
SELECT pg_catalog.lo_create('20005');
SELECT pg_catalog.lo_create('20006');
SELECT pg_catalog.lo_create('20007');
SELECT pg_catalog.lo_create('20008');
SELECT pg_catalog.lo_create('20009');
SELECT pg_catalog.lo_create('20010');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20011');
SELECT pg_catalog.lo_create('20012');
SELECT pg_catalog.lo_create('20013');
SELECT pg_catalog.lo_create('20014');
SELECT pg_catalog.lo_create('20015');
SELECT pg_catalog.lo_create('20016');
SELECT pg_catalog.lo_create('20017');
SELECT pg_catalog.lo_create('20018');
SELECT pg_catalog.lo_create('20019');
SELECT pg_catalog.lo_create('20020');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20021');
SELECT pg_catalog.lo_create('20022');
SELECT pg_catalog.lo_create('20023');
SELECT pg_catalog.lo_create('20024');
SELECT pg_catalog.lo_create('20025');
SELECT pg_catalog.lo_create('20026');
SELECT pg_catalog.lo_create('20027');
SELECT pg_catalog.lo_create('20028');
SELECT pg_catalog.lo_create('20029');
SELECT pg_catalog.lo_create('20030');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20031');
SELECT pg_catalog.lo_create('20032');
SELECT pg_catalog.lo_create('20033');
SELECT pg_catalog.lo_create('20034');
SELECT pg_catalog.lo_create('20035');
SELECT pg_catalog.lo_create('20036');
SELECT pg_catalog.lo_create('20037');
SELECT pg_catalog.lo_create('20038');
SELECT pg_catalog.lo_create('20039');
SELECT pg_catalog.lo_create('20040');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20041');
SELECT pg_catalog.lo_create('20042');
SELECT pg_catalog.lo_create('20043');
SELECT pg_catalog.lo_create('20044');
SELECT pg_catalog.lo_create('20045');
SELECT pg_catalog.lo_create('20046');
SELECT pg_catalog.lo_create('20047');
SELECT pg_catalog.lo_create('20048');
SELECT pg_catalog.lo_create('20049');
SELECT pg_catalog.lo_create('20050');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20051');
SELECT pg_catalog.lo_create('20052');
SELECT pg_catalog.lo_create('20053');
SELECT pg_catalog.lo_create('20054');
SELECT pg_catalog.lo_create('20055');
SELECT pg_catalog.lo_create('20056');
SELECT pg_catalog.lo_create('20057');
SELECT pg_catalog.lo_create('20058');
SELECT pg_catalog.lo_create('20059');
SELECT pg_catalog.lo_create('20060');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20061');
SELECT pg_catalog.lo_create('20062');
SELECT pg_catalog.lo_create('20063');
SELECT pg_catalog.lo_create('20064');
SELECT pg_catalog.lo_create('20065');
SELECT pg_catalog.lo_create('20066');
SELECT pg_catalog.lo_create('20067');
SELECT pg_catalog.lo_create('20068');
SELECT pg_catalog.lo_create('20069');
SELECT pg_catalog.lo_create('20070');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20071');
SELECT pg_catalog.lo_create('20072');
SELECT pg_catalog.lo_create('20073');
SELECT pg_catalog.lo_create('20074');
SELECT pg_catalog.lo_create('20075');
SELECT pg_catalog.lo_create('20076');
SELECT pg_catalog.lo_create('20077');
SELECT pg_catalog.lo_create('20078');
SELECT pg_catalog.lo_create('20079');
SELECT pg_catalog.lo_create('20080');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20081');
SELECT pg_catalog.lo_create('20082');
SELECT pg_catalog.lo_create('20083');
SELECT pg_catalog.lo_create('20084');
SELECT pg_catalog.lo_create('20085');
SELECT pg_catalog.lo_create('20086');
SELECT pg_catalog.lo_create('20087');
SELECT pg_catalog.lo_create('20088');
SELECT pg_catalog.lo_create('20089');
SELECT pg_catalog.lo_create('20090');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20091');
SELECT pg_catalog.lo_create('20092');
SELECT pg_catalog.lo_create('20093');
SELECT pg_catalog.lo_create('20094');
SELECT pg_catalog.lo_create('20095');
SELECT pg_catalog.lo_create('20096');
SELECT pg_catalog.lo_create('20097');
SELECT pg_catalog.lo_create('20098');
SELECT pg_catalog.lo_create('20099');
SELECT pg_catalog.lo_create('20100');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20101');
SELECT pg_catalog.lo_create('20102');
SELECT pg_catalog.lo_create('20103');
SELECT pg_catalog.lo_create('20104');
SELECT pg_catalog.lo_create('20105');
SELECT pg_catalog.lo_create('20106');
SELECT pg_catalog.lo_create('20107');
SELECT pg_catalog.lo_create('20108');
SELECT pg_catalog.lo_create('20109');
SELECT pg_catalog.lo_create('20110');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20111');
SELECT pg_catalog.lo_create('20112');
SELECT pg_catalog.lo_create('20113');
SELECT pg_catalog.lo_create('20114');
SELECT pg_catalog.lo_create('20115');
SELECT pg_catalog.lo_create('20116');
SELECT pg_catalog.lo_create('20117');
SELECT pg_catalog.lo_create('20118');
SELECT pg_catalog.lo_create('20119');
SELECT pg_catalog.lo_create('20120');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20121');
SELECT pg_catalog.lo_create('20122');
SELECT pg_catalog.lo_create('20123');
SELECT pg_catalog.lo_create('20124');
SELECT pg_catalog.lo_create('20125');
SELECT pg_catalog.lo_create('20126');
SELECT pg_catalog.lo_create('20127');
SELECT pg_catalog.lo_create('20128');
SELECT pg_catalog.lo_create('20129');
SELECT pg_catalog.lo_create('20130');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20131');
SELECT pg_catalog.lo_create('20132');
SELECT pg_catalog.lo_create('20133');
SELECT pg_catalog.lo_create('20134');
SELECT pg_catalog.lo_create('20135');
SELECT pg_catalog.lo_create('20136');
SELECT pg_catalog.lo_create('20137');
SELECT pg_catalog.lo_create('20138');
SELECT pg_catalog.lo_create('20139');
SELECT pg_catalog.lo_create('20140');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20141');
SELECT pg_catalog.lo_create('20142');
SELECT pg_catalog.lo_create('20143');
SELECT pg_catalog.lo_create('20144');
SELECT pg_catalog.lo_create('20145');
SELECT pg_catalog.lo_create('20146');
SELECT pg_catalog.lo_create('20147');
SELECT pg_catalog.lo_create('20148');
SELECT pg_catalog.lo_create('20149');
SELECT pg_catalog.lo_create('20150');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20151');
SELECT pg_catalog.lo_create('20152');
SELECT pg_catalog.lo_create('20153');
SELECT pg_catalog.lo_create('20154');
SELECT pg_catalog.lo_create('20155');
SELECT pg_catalog.lo_create('20156');
SELECT pg_catalog.lo_create('20157');
SELECT pg_catalog.lo_create('20158');
SELECT pg_catalog.lo_create('20159');
SELECT pg_catalog.lo_create('20160');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20161');
SELECT pg_catalog.lo_create('20162');
SELECT pg_catalog.lo_create('20163');
SELECT pg_catalog.lo_create('20164');
SELECT pg_catalog.lo_create('20165');
SELECT pg_catalog.lo_create('20166');
SELECT pg_catalog.lo_create('20167');
SELECT pg_catalog.lo_create('20168');
SELECT pg_catalog.lo_create('20169');
SELECT pg_catalog.lo_create('20170');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20171');
SELECT pg_catalog.lo_create('20172');
SELECT pg_catalog.lo_create('20173');
SELECT pg_catalog.lo_create('20174');
SELECT pg_catalog.lo_create('20175');
SELECT pg_catalog.lo_create('20176');
SELECT pg_catalog.lo_create('20177');
SELECT pg_catalog.lo_create('20178');
SELECT pg_catalog.lo_create('20179');
SELECT pg_catalog.lo_create('20180');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20181');
SELECT pg_catalog.lo_create('20182');
SELECT pg_catalog.lo_create('20183');
SELECT pg_catalog.lo_create('20184');
SELECT pg_catalog.lo_create('20185');
SELECT pg_catalog.lo_create('20186');
SELECT pg_catalog.lo_create('20187');
SELECT pg_catalog.lo_create('20188');
SELECT pg_catalog.lo_create('20189');
SELECT pg_catalog.lo_create('20190');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20191');
SELECT pg_catalog.lo_create('20192');
SELECT pg_catalog.lo_create('20193');
SELECT pg_catalog.lo_create('20194');
SELECT pg_catalog.lo_create('20195');
SELECT pg_catalog.lo_create('20196');
SELECT pg_catalog.lo_create('20197');
SELECT pg_catalog.lo_create('20198');
SELECT pg_catalog.lo_create('20199');
SELECT pg_catalog.lo_create('20200');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20201');
SELECT pg_catalog.lo_create('20202');
SELECT pg_catalog.lo_create('20203');
SELECT pg_catalog.lo_create('20204');
SELECT pg_catalog.lo_create('20205');
SELECT pg_catalog.lo_create('20206');
SELECT pg_catalog.lo_create('20207');
SELECT pg_catalog.lo_create('20208');
SELECT pg_catalog.lo_create('20209');
SELECT pg_catalog.lo_create('20210');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20211');
SELECT pg_catalog.lo_create('20212');
SELECT pg_catalog.lo_create('20213');
SELECT pg_catalog.lo_create('20214');
SELECT pg_catalog.lo_create('20215');
SELECT pg_catalog.lo_create('20216');
SELECT pg_catalog.lo_create('20217');
SELECT pg_catalog.lo_create('20218');
SELECT pg_catalog.lo_create('20219');
SELECT pg_catalog.lo_create('20220');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20221');
SELECT pg_catalog.lo_create('20222');
SELECT pg_catalog.lo_create('20223');
SELECT pg_catalog.lo_create('20224');
SELECT pg_catalog.lo_create('20225');
SELECT pg_catalog.lo_create('20226');
SELECT pg_catalog.lo_create('20227');
SELECT pg_catalog.lo_create('20228');
SELECT pg_catalog.lo_create('20229');
SELECT pg_catalog.lo_create('20230');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20231');
SELECT pg_catalog.lo_create('20232');
SELECT pg_catalog.lo_create('20233');
SELECT pg_catalog.lo_create('20234');
SELECT pg_catalog.lo_create('20235');
SELECT pg_catalog.lo_create('20236');
SELECT pg_catalog.lo_create('20237');
SELECT pg_catalog.lo_create('20238');
SELECT pg_catalog.lo_create('20239');
SELECT pg_catalog.lo_create('20240');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20241');
SELECT pg_catalog.lo_create('20242');
SELECT pg_catalog.lo_create('20243');
SELECT pg_catalog.lo_create('20244');
SELECT pg_catalog.lo_create('20245');
SELECT pg_catalog.lo_create('20246');
SELECT pg_catalog.lo_create('20247');
SELECT pg_catalog.lo_create('20248');
SELECT pg_catalog.lo_create('20249');
SELECT pg_catalog.lo_create('20250');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20251');
SELECT pg_catalog.lo_create('20252');
SELECT pg_catalog.lo_create('20253');
SELECT pg_catalog.lo_create('20254');
SELECT pg_catalog.lo_create('20255');
SELECT pg_catalog.lo_create('20256');
SELECT pg_catalog.lo_create('20257');
SELECT pg_catalog.lo_create('20258');
SELECT pg_catalog.lo_create('20259');
SELECT pg_catalog.lo_create('20260');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20261');
SELECT pg_catalog.lo_create('20262');
SELECT pg_catalog.lo_create('20263');
SELECT pg_catalog.lo_create('20264');
SELECT pg_catalog.lo_create('20265');
SELECT pg_catalog.lo_create('20266');
SELECT pg_catalog.lo_create('20267');
SELECT pg_catalog.lo_create('20268');
SELECT pg_catalog.lo_create('20269');
SELECT pg_catalog.lo_create('20270');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20271');
SELECT pg_catalog.lo_create('20272');
SELECT pg_catalog.lo_create('20273');
SELECT pg_catalog.lo_create('20274');
SELECT pg_catalog.lo_create('20275');
SELECT pg_catalog.lo_create('20276');
SELECT pg_catalog.lo_create('20277');
SELECT pg_catalog.lo_create('20278');
SELECT pg_catalog.lo_create('20279');
SELECT pg_catalog.lo_create('20280');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20281');
SELECT pg_catalog.lo_create('20282');
SELECT pg_catalog.lo_create('20283');
SELECT pg_catalog.lo_create('20284');
SELECT pg_catalog.lo_create('20285');
SELECT pg_catalog.lo_create('20286');
SELECT pg_catalog.lo_create('20287');
SELECT pg_catalog.lo_create('20288');
SELECT pg_catalog.lo_create('20289');
SELECT pg_catalog.lo_create('20290');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20291');
SELECT pg_catalog.lo_create('20292');
SELECT pg_catalog.lo_create('20293');
SELECT pg_catalog.lo_create('20294');
SELECT pg_catalog.lo_create('20295');
SELECT pg_catalog.lo_create('20296');
SELECT pg_catalog.lo_create('20297');
SELECT pg_catalog.lo_create('20298');
SELECT pg_catalog.lo_create('20299');
SELECT pg_catalog.lo_create('20300');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20301');
SELECT pg_catalog.lo_create('20302');
SELECT pg_catalog.lo_create('20303');
SELECT pg_catalog.lo_create('20304');
SELECT pg_catalog.lo_create('20305');
SELECT pg_catalog.lo_create('20306');
SELECT pg_catalog.lo_create('20307');
SELECT pg_catalog.lo_create('20308');
SELECT pg_catalog.lo_create('20309');
SELECT pg_catalog.lo_create('20310');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20311');
SELECT pg_catalog.lo_create('20312');
SELECT pg_catalog.lo_create('20313');
SELECT pg_catalog.lo_create('20314');
SELECT pg_catalog.lo_create('20315');
SELECT pg_catalog.lo_create('20316');
SELECT pg_catalog.lo_create('20317');
SELECT pg_catalog.lo_create('20318');
SELECT pg_catalog.lo_create('20319');
SELECT pg_catalog.lo_create('20320');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20321');
SELECT pg_catalog.lo_create('20322');
SELECT pg_catalog.lo_create('20323');
SELECT pg_catalog.lo_create('20324');
SELECT pg_catalog.lo_create('20325');
SELECT pg_catalog.lo_create('20326');
SELECT pg_catalog.lo_create('20327');
SELECT pg_catalog.lo_create('20328');
SELECT pg_catalog.lo_create('20329');
SELECT pg_catalog.lo_create('20330');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20331');
SELECT pg_catalog.lo_create('20332');
SELECT pg_catalog.lo_create('20333');
SELECT pg_catalog.lo_create('20334');
SELECT pg_catalog.lo_create('20335');
SELECT pg_catalog.lo_create('20336');
SELECT pg_catalog.lo_create('20337');
SELECT pg_catalog.lo_create('20338');
SELECT pg_catalog.lo_create('20339');
SELECT pg_catalog.lo_create('20340');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20341');
SELECT pg_catalog.lo_create('20342');
SELECT pg_catalog.lo_create('20343');
SELECT pg_catalog.lo_create('20344');
SELECT pg_catalog.lo_create('20345');
SELECT pg_catalog.lo_create('20346');
SELECT pg_catalog.lo_create('20347');
SELECT pg_catalog.lo_create('20348');
SELECT pg_catalog.lo_create('20349');
SELECT pg_catalog.lo_create('20350');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20351');
SELECT pg_catalog.lo_create('20352');
SELECT pg_catalog.lo_create('20353');
SELECT pg_catalog.lo_create('20354');
SELECT pg_catalog.lo_create('20355');
SELECT pg_catalog.lo_create('20356');
SELECT pg_catalog.lo_create('20357');
SELECT pg_catalog.lo_create('20358');
SELECT pg_catalog.lo_create('20359');
SELECT pg_catalog.lo_create('20360');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20361');
SELECT pg_catalog.lo_create('20362');
SELECT pg_catalog.lo_create('20363');
SELECT pg_catalog.lo_create('20364');
SELECT pg_catalog.lo_create('20365');
SELECT pg_catalog.lo_create('20366');
SELECT pg_catalog.lo_create('20367');
SELECT pg_catalog.lo_create('20368');
SELECT pg_catalog.lo_create('20369');
SELECT pg_catalog.lo_create('20370');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20371');
SELECT pg_catalog.lo_create('20372');
SELECT pg_catalog.lo_create('20373');
SELECT pg_catalog.lo_create('20374');
SELECT pg_catalog.lo_create('20375');
SELECT pg_catalog.lo_create('20376');
SELECT pg_catalog.lo_create('20377');
SELECT pg_catalog.lo_create('20378');
SELECT pg_catalog.lo_create('20379');
SELECT pg_catalog.lo_create('20380');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20381');
SELECT pg_catalog.lo_create('20382');
SELECT pg_catalog.lo_create('20383');
SELECT pg_catalog.lo_create('20384');
SELECT pg_catalog.lo_create('20385');
SELECT pg_catalog.lo_create('20386');
SELECT pg_catalog.lo_create('20387');
SELECT pg_catalog.lo_create('20388');
SELECT pg_catalog.lo_create('20389');
SELECT pg_catalog.lo_create('20390');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20391');
SELECT pg_catalog.lo_create('20392');
SELECT pg_catalog.lo_create('20393');
SELECT pg_catalog.lo_create('20394');
SELECT pg_catalog.lo_create('20395');
SELECT pg_catalog.lo_create('20396');
SELECT pg_catalog.lo_create('20397');
SELECT pg_catalog.lo_create('20398');
SELECT pg_catalog.lo_create('20399');
SELECT pg_catalog.lo_create('20400');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20401');
SELECT pg_catalog.lo_create('20402');
SELECT pg_catalog.lo_create('20403');
SELECT pg_catalog.lo_create('20404');
SELECT pg_catalog.lo_create('20405');
SELECT pg_catalog.lo_create('20406');
SELECT pg_catalog.lo_create('20407');
SELECT pg_catalog.lo_create('20408');
SELECT pg_catalog.lo_create('20409');
SELECT pg_catalog.lo_create('20410');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20411');
SELECT pg_catalog.lo_create('20412');
SELECT pg_catalog.lo_create('20413');
SELECT pg_catalog.lo_create('20414');
SELECT pg_catalog.lo_create('20415');
SELECT pg_catalog.lo_create('20416');
SELECT pg_catalog.lo_create('20417');
SELECT pg_catalog.lo_create('20418');
SELECT pg_catalog.lo_create('20419');
SELECT pg_catalog.lo_create('20420');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20421');
SELECT pg_catalog.lo_create('20422');
SELECT pg_catalog.lo_create('20423');
SELECT pg_catalog.lo_create('20424');
SELECT pg_catalog.lo_create('20425');
SELECT pg_catalog.lo_create('20426');
SELECT pg_catalog.lo_create('20427');
SELECT pg_catalog.lo_create('20428');
SELECT pg_catalog.lo_create('20429');
SELECT pg_catalog.lo_create('20430');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20431');
SELECT pg_catalog.lo_create('20432');
SELECT pg_catalog.lo_create('20433');
SELECT pg_catalog.lo_create('20434');
SELECT pg_catalog.lo_create('20435');
SELECT pg_catalog.lo_create('20436');
SELECT pg_catalog.lo_create('20437');
SELECT pg_catalog.lo_create('20438');
SELECT pg_catalog.lo_create('20439');
SELECT pg_catalog.lo_create('20440');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20441');
SELECT pg_catalog.lo_create('20442');
SELECT pg_catalog.lo_create('20443');
SELECT pg_catalog.lo_create('20444');
SELECT pg_catalog.lo_create('20445');
SELECT pg_catalog.lo_create('20446');
SELECT pg_catalog.lo_create('20447');
SELECT pg_catalog.lo_create('20448');
SELECT pg_catalog.lo_create('20449');
SELECT pg_catalog.lo_create('20450');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20451');
SELECT pg_catalog.lo_create('20452');
SELECT pg_catalog.lo_create('20453');
SELECT pg_catalog.lo_create('20454');
SELECT pg_catalog.lo_create('20455');
SELECT pg_catalog.lo_create('20456');
SELECT pg_catalog.lo_create('20457');
SELECT pg_catalog.lo_create('20458');
SELECT pg_catalog.lo_create('20459');
SELECT pg_catalog.lo_create('20460');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20461');
SELECT pg_catalog.lo_create('20462');
SELECT pg_catalog.lo_create('20463');
SELECT pg_catalog.lo_create('20464');
SELECT pg_catalog.lo_create('20465');
SELECT pg_catalog.lo_create('20466');
SELECT pg_catalog.lo_create('20467');
SELECT pg_catalog.lo_create('20468');
SELECT pg_catalog.lo_create('20469');
SELECT pg_catalog.lo_create('20470');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20471');
SELECT pg_catalog.lo_create('20472');
SELECT pg_catalog.lo_create('20473');
SELECT pg_catalog.lo_create('20474');
SELECT pg_catalog.lo_create('20475');
SELECT pg_catalog.lo_create('20476');
SELECT pg_catalog.lo_create('20477');
SELECT pg_catalog.lo_create('20478');
SELECT pg_catalog.lo_create('20479');
SELECT pg_catalog.lo_create('20480');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20481');
SELECT pg_catalog.lo_create('20482');
SELECT pg_catalog.lo_create('20483');
SELECT pg_catalog.lo_create('20484');
SELECT pg_catalog.lo_create('20485');
SELECT pg_catalog.lo_create('20486');
SELECT pg_catalog.lo_create('20487');
SELECT pg_catalog.lo_create('20488');
SELECT pg_catalog.lo_create('20489');
SELECT pg_catalog.lo_create('20490');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20491');
SELECT pg_catalog.lo_create('20492');
SELECT pg_catalog.lo_create('20493');
SELECT pg_catalog.lo_create('20494');
SELECT pg_catalog.lo_create('20495');
SELECT pg_catalog.lo_create('20496');
SELECT pg_catalog.lo_create('20497');
SELECT pg_catalog.lo_create('20498');
SELECT pg_catalog.lo_create('20499');
SELECT pg_catalog.lo_create('20500');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20501');
SELECT pg_catalog.lo_create('20502');
SELECT pg_catalog.lo_create('20503');
SELECT pg_catalog.lo_create('20504');
SELECT pg_catalog.lo_create('20505');
SELECT pg_catalog.lo_create('20506');
SELECT pg_catalog.lo_create('20507');
SELECT pg_catalog.lo_create('20508');
SELECT pg_catalog.lo_create('20509');
SELECT pg_catalog.lo_create('20510');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20511');
SELECT pg_catalog.lo_create('20512');
SELECT pg_catalog.lo_create('20513');
SELECT pg_catalog.lo_create('20514');
SELECT pg_catalog.lo_create('20515');
SELECT pg_catalog.lo_create('20516');
SELECT pg_catalog.lo_create('20517');
SELECT pg_catalog.lo_create('20518');
SELECT pg_catalog.lo_create('20519');
SELECT pg_catalog.lo_create('20520');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20521');
SELECT pg_catalog.lo_create('20522');
SELECT pg_catalog.lo_create('20523');
SELECT pg_catalog.lo_create('20524');
SELECT pg_catalog.lo_create('20525');
SELECT pg_catalog.lo_create('20526');
SELECT pg_catalog.lo_create('20527');
SELECT pg_catalog.lo_create('20528');
SELECT pg_catalog.lo_create('20529');
SELECT pg_catalog.lo_create('20530');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20531');
SELECT pg_catalog.lo_create('20532');
SELECT pg_catalog.lo_create('20533');
SELECT pg_catalog.lo_create('20534');
SELECT pg_catalog.lo_create('20535');
SELECT pg_catalog.lo_create('20536');
SELECT pg_catalog.lo_create('20537');
SELECT pg_catalog.lo_create('20538');
SELECT pg_catalog.lo_create('20539');
SELECT pg_catalog.lo_create('20540');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20541');
SELECT pg_catalog.lo_create('20542');
SELECT pg_catalog.lo_create('20543');
SELECT pg_catalog.lo_create('20544');
SELECT pg_catalog.lo_create('20545');
SELECT pg_catalog.lo_create('20546');
SELECT pg_catalog.lo_create('20547');
SELECT pg_catalog.lo_create('20548');
SELECT pg_catalog.lo_create('20549');
SELECT pg_catalog.lo_create('20550');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20551');
SELECT pg_catalog.lo_create('20552');
SELECT pg_catalog.lo_create('20553');
SELECT pg_catalog.lo_create('20554');
SELECT pg_catalog.lo_create('20555');
SELECT pg_catalog.lo_create('20556');
SELECT pg_catalog.lo_create('20557');
SELECT pg_catalog.lo_create('20558');
SELECT pg_catalog.lo_create('20559');
SELECT pg_catalog.lo_create('20560');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20561');
SELECT pg_catalog.lo_create('20562');
SELECT pg_catalog.lo_create('20563');
SELECT pg_catalog.lo_create('20564');
SELECT pg_catalog.lo_create('20565');
SELECT pg_catalog.lo_create('20566');
SELECT pg_catalog.lo_create('20567');
SELECT pg_catalog.lo_create('20568');
SELECT pg_catalog.lo_create('20569');
SELECT pg_catalog.lo_create('20570');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20571');
SELECT pg_catalog.lo_create('20572');
SELECT pg_catalog.lo_create('20573');
SELECT pg_catalog.lo_create('20574');
SELECT pg_catalog.lo_create('20575');
SELECT pg_catalog.lo_create('20576');
SELECT pg_catalog.lo_create('20577');
SELECT pg_catalog.lo_create('20578');
SELECT pg_catalog.lo_create('20579');
SELECT pg_catalog.lo_create('20580');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20581');
SELECT pg_catalog.lo_create('20582');
SELECT pg_catalog.lo_create('20583');
SELECT pg_catalog.lo_create('20584');
SELECT pg_catalog.lo_create('20585');
SELECT pg_catalog.lo_create('20586');
SELECT pg_catalog.lo_create('20587');
SELECT pg_catalog.lo_create('20588');
SELECT pg_catalog.lo_create('20589');
SELECT pg_catalog.lo_create('20590');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20591');
SELECT pg_catalog.lo_create('20592');
SELECT pg_catalog.lo_create('20593');
SELECT pg_catalog.lo_create('20594');
SELECT pg_catalog.lo_create('20595');
SELECT pg_catalog.lo_create('20596');
SELECT pg_catalog.lo_create('20597');
SELECT pg_catalog.lo_create('20598');
SELECT pg_catalog.lo_create('20599');
SELECT pg_catalog.lo_create('20600');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20601');
SELECT pg_catalog.lo_create('20602');
SELECT pg_catalog.lo_create('20603');
SELECT pg_catalog.lo_create('20604');
SELECT pg_catalog.lo_create('20605');
SELECT pg_catalog.lo_create('20606');
SELECT pg_catalog.lo_create('20607');
SELECT pg_catalog.lo_create('20608');
SELECT pg_catalog.lo_create('20609');
SELECT pg_catalog.lo_create('20610');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20611');
SELECT pg_catalog.lo_create('20612');
SELECT pg_catalog.lo_create('20613');
SELECT pg_catalog.lo_create('20614');
SELECT pg_catalog.lo_create('20615');
SELECT pg_catalog.lo_create('20616');
SELECT pg_catalog.lo_create('20617');
SELECT pg_catalog.lo_create('20618');
SELECT pg_catalog.lo_create('20619');
SELECT pg_catalog.lo_create('20620');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20621');
SELECT pg_catalog.lo_create('20622');
SELECT pg_catalog.lo_create('20623');
SELECT pg_catalog.lo_create('20624');
SELECT pg_catalog.lo_create('20625');
SELECT pg_catalog.lo_create('20626');
SELECT pg_catalog.lo_create('20627');
SELECT pg_catalog.lo_create('20628');
SELECT pg_catalog.lo_create('20629');
SELECT pg_catalog.lo_create('20630');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20631');
SELECT pg_catalog.lo_create('20632');
SELECT pg_catalog.lo_create('20633');
SELECT pg_catalog.lo_create('20634');
SELECT pg_catalog.lo_create('20635');
SELECT pg_catalog.lo_create('20636');
SELECT pg_catalog.lo_create('20637');
SELECT pg_catalog.lo_create('20638');
SELECT pg_catalog.lo_create('20639');
SELECT pg_catalog.lo_create('20640');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20641');
SELECT pg_catalog.lo_create('20642');
SELECT pg_catalog.lo_create('20643');
SELECT pg_catalog.lo_create('20644');
SELECT pg_catalog.lo_create('20645');
SELECT pg_catalog.lo_create('20646');
SELECT pg_catalog.lo_create('20647');
SELECT pg_catalog.lo_create('20648');
SELECT pg_catalog.lo_create('20649');
SELECT pg_catalog.lo_create('20650');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20651');
SELECT pg_catalog.lo_create('20652');
SELECT pg_catalog.lo_create('20653');
SELECT pg_catalog.lo_create('20654');
SELECT pg_catalog.lo_create('20655');
SELECT pg_catalog.lo_create('20656');
SELECT pg_catalog.lo_create('20657');
SELECT pg_catalog.lo_create('20658');
SELECT pg_catalog.lo_create('20659');
SELECT pg_catalog.lo_create('20660');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20661');
SELECT pg_catalog.lo_create('20662');
SELECT pg_catalog.lo_create('20663');
SELECT pg_catalog.lo_create('20664');
SELECT pg_catalog.lo_create('20665');
SELECT pg_catalog.lo_create('20666');
SELECT pg_catalog.lo_create('20667');
SELECT pg_catalog.lo_create('20668');
SELECT pg_catalog.lo_create('20669');
SELECT pg_catalog.lo_create('20670');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20671');
SELECT pg_catalog.lo_create('20672');
SELECT pg_catalog.lo_create('20673');
SELECT pg_catalog.lo_create('20674');
SELECT pg_catalog.lo_create('20675');
SELECT pg_catalog.lo_create('20676');
SELECT pg_catalog.lo_create('20677');
SELECT pg_catalog.lo_create('20678');
SELECT pg_catalog.lo_create('20679');
SELECT pg_catalog.lo_create('20680');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20681');
SELECT pg_catalog.lo_create('20682');
SELECT pg_catalog.lo_create('20683');
SELECT pg_catalog.lo_create('20684');
SELECT pg_catalog.lo_create('20685');
SELECT pg_catalog.lo_create('20686');
SELECT pg_catalog.lo_create('20687');
SELECT pg_catalog.lo_create('20688');
SELECT pg_catalog.lo_create('20689');
SELECT pg_catalog.lo_create('20690');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20691');
SELECT pg_catalog.lo_create('20692');
SELECT pg_catalog.lo_create('20693');
SELECT pg_catalog.lo_create('20694');
SELECT pg_catalog.lo_create('20695');
SELECT pg_catalog.lo_create('20696');
SELECT pg_catalog.lo_create('20697');
SELECT pg_catalog.lo_create('20698');
SELECT pg_catalog.lo_create('20699');
SELECT pg_catalog.lo_create('20700');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20701');
SELECT pg_catalog.lo_create('20702');
SELECT pg_catalog.lo_create('20703');
SELECT pg_catalog.lo_create('20704');
SELECT pg_catalog.lo_create('20705');
SELECT pg_catalog.lo_create('20706');
SELECT pg_catalog.lo_create('20707');
SELECT pg_catalog.lo_create('20708');
SELECT pg_catalog.lo_create('20709');
SELECT pg_catalog.lo_create('20710');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20711');
SELECT pg_catalog.lo_create('20712');
SELECT pg_catalog.lo_create('20713');
SELECT pg_catalog.lo_create('20714');
SELECT pg_catalog.lo_create('20715');
SELECT pg_catalog.lo_create('20716');
SELECT pg_catalog.lo_create('20717');
SELECT pg_catalog.lo_create('20718');
SELECT pg_catalog.lo_create('20719');
SELECT pg_catalog.lo_create('20720');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20721');
SELECT pg_catalog.lo_create('20722');
SELECT pg_catalog.lo_create('20723');
SELECT pg_catalog.lo_create('20724');
SELECT pg_catalog.lo_create('20725');
SELECT pg_catalog.lo_create('20726');
SELECT pg_catalog.lo_create('20727');
SELECT pg_catalog.lo_create('20728');
SELECT pg_catalog.lo_create('20729');
SELECT pg_catalog.lo_create('20730');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20731');
SELECT pg_catalog.lo_create('20732');
SELECT pg_catalog.lo_create('20733');
SELECT pg_catalog.lo_create('20734');
SELECT pg_catalog.lo_create('20735');
SELECT pg_catalog.lo_create('20736');
SELECT pg_catalog.lo_create('20737');
SELECT pg_catalog.lo_create('20738');
SELECT pg_catalog.lo_create('20739');
SELECT pg_catalog.lo_create('20740');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20741');
SELECT pg_catalog.lo_create('20742');
SELECT pg_catalog.lo_create('20743');
SELECT pg_catalog.lo_create('20744');
SELECT pg_catalog.lo_create('20745');
SELECT pg_catalog.lo_create('20746');
SELECT pg_catalog.lo_create('20747');
SELECT pg_catalog.lo_create('20748');
SELECT pg_catalog.lo_create('20749');
SELECT pg_catalog.lo_create('20750');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20751');
SELECT pg_catalog.lo_create('20752');
SELECT pg_catalog.lo_create('20753');
SELECT pg_catalog.lo_create('20754');
SELECT pg_catalog.lo_create('20755');
SELECT pg_catalog.lo_create('20756');
SELECT pg_catalog.lo_create('20757');
SELECT pg_catalog.lo_create('20758');
SELECT pg_catalog.lo_create('20759');
SELECT pg_catalog.lo_create('20760');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20761');
SELECT pg_catalog.lo_create('20762');
SELECT pg_catalog.lo_create('20763');
SELECT pg_catalog.lo_create('20764');
SELECT pg_catalog.lo_create('20765');
SELECT pg_catalog.lo_create('20766');
SELECT pg_catalog.lo_create('20767');
SELECT pg_catalog.lo_create('20768');
SELECT pg_catalog.lo_create('20769');
SELECT pg_catalog.lo_create('20770');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20771');
SELECT pg_catalog.lo_create('20772');
SELECT pg_catalog.lo_create('20773');
SELECT pg_catalog.lo_create('20774');
SELECT pg_catalog.lo_create('20775');
SELECT pg_catalog.lo_create('20776');
SELECT pg_catalog.lo_create('20777');
SELECT pg_catalog.lo_create('20778');
SELECT pg_catalog.lo_create('20779');
SELECT pg_catalog.lo_create('20780');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20781');
SELECT pg_catalog.lo_create('20782');
SELECT pg_catalog.lo_create('20783');
SELECT pg_catalog.lo_create('20784');
SELECT pg_catalog.lo_create('20785');
SELECT pg_catalog.lo_create('20786');
SELECT pg_catalog.lo_create('20787');
SELECT pg_catalog.lo_create('20788');
SELECT pg_catalog.lo_create('20789');
SELECT pg_catalog.lo_create('20790');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20791');
SELECT pg_catalog.lo_create('20792');
SELECT pg_catalog.lo_create('20793');
SELECT pg_catalog.lo_create('20794');
SELECT pg_catalog.lo_create('20795');
SELECT pg_catalog.lo_create('20796');
SELECT pg_catalog.lo_create('20797');
SELECT pg_catalog.lo_create('20798');
SELECT pg_catalog.lo_create('20799');
SELECT pg_catalog.lo_create('20800');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20801');
SELECT pg_catalog.lo_create('20802');
SELECT pg_catalog.lo_create('20803');
SELECT pg_catalog.lo_create('20804');
SELECT pg_catalog.lo_create('20805');
SELECT pg_catalog.lo_create('20806');
SELECT pg_catalog.lo_create('20807');
SELECT pg_catalog.lo_create('20808');
SELECT pg_catalog.lo_create('20809');
SELECT pg_catalog.lo_create('20810');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20811');
SELECT pg_catalog.lo_create('20812');
SELECT pg_catalog.lo_create('20813');
SELECT pg_catalog.lo_create('20814');
SELECT pg_catalog.lo_create('20815');
SELECT pg_catalog.lo_create('20816');
SELECT pg_catalog.lo_create('20817');
SELECT pg_catalog.lo_create('20818');
SELECT pg_catalog.lo_create('20819');
SELECT pg_catalog.lo_create('20820');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20821');
SELECT pg_catalog.lo_create('20822');
SELECT pg_catalog.lo_create('20823');
SELECT pg_catalog.lo_create('20824');
SELECT pg_catalog.lo_create('20825');
SELECT pg_catalog.lo_create('20826');
SELECT pg_catalog.lo_create('20827');
SELECT pg_catalog.lo_create('20828');
SELECT pg_catalog.lo_create('20829');
SELECT pg_catalog.lo_create('20830');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20831');
SELECT pg_catalog.lo_create('20832');
SELECT pg_catalog.lo_create('20833');
SELECT pg_catalog.lo_create('20834');
SELECT pg_catalog.lo_create('20835');
SELECT pg_catalog.lo_create('20836');
SELECT pg_catalog.lo_create('20837');
SELECT pg_catalog.lo_create('20838');
SELECT pg_catalog.lo_create('20839');
SELECT pg_catalog.lo_create('20840');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20841');
SELECT pg_catalog.lo_create('20842');
SELECT pg_catalog.lo_create('20843');
SELECT pg_catalog.lo_create('20844');
SELECT pg_catalog.lo_create('20845');
SELECT pg_catalog.lo_create('20846');
SELECT pg_catalog.lo_create('20847');
SELECT pg_catalog.lo_create('20848');
SELECT pg_catalog.lo_create('20849');
SELECT pg_catalog.lo_create('20850');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20851');
SELECT pg_catalog.lo_create('20852');
SELECT pg_catalog.lo_create('20853');
SELECT pg_catalog.lo_create('20854');
SELECT pg_catalog.lo_create('20855');
SELECT pg_catalog.lo_create('20856');
SELECT pg_catalog.lo_create('20857');
SELECT pg_catalog.lo_create('20858');
SELECT pg_catalog.lo_create('20859');
SELECT pg_catalog.lo_create('20860');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20861');
SELECT pg_catalog.lo_create('20862');
SELECT pg_catalog.lo_create('20863');
SELECT pg_catalog.lo_create('20864');
SELECT pg_catalog.lo_create('20865');
SELECT pg_catalog.lo_create('20866');
SELECT pg_catalog.lo_create('20867');
SELECT pg_catalog.lo_create('20868');
SELECT pg_catalog.lo_create('20869');
SELECT pg_catalog.lo_create('20870');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20871');
SELECT pg_catalog.lo_create('20872');
SELECT pg_catalog.lo_create('20873');
SELECT pg_catalog.lo_create('20874');
SELECT pg_catalog.lo_create('20875');
SELECT pg_catalog.lo_create('20876');
SELECT pg_catalog.lo_create('20877');
SELECT pg_catalog.lo_create('20878');
SELECT pg_catalog.lo_create('20879');
SELECT pg_catalog.lo_create('20880');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20881');
SELECT pg_catalog.lo_create('20882');
SELECT pg_catalog.lo_create('20883');
SELECT pg_catalog.lo_create('20884');
SELECT pg_catalog.lo_create('20885');
SELECT pg_catalog.lo_create('20886');
SELECT pg_catalog.lo_create('20887');
SELECT pg_catalog.lo_create('20888');
SELECT pg_catalog.lo_create('20889');
SELECT pg_catalog.lo_create('20890');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20891');
SELECT pg_catalog.lo_create('20892');
SELECT pg_catalog.lo_create('20893');
SELECT pg_catalog.lo_create('20894');
SELECT pg_catalog.lo_create('20895');
SELECT pg_catalog.lo_create('20896');
SELECT pg_catalog.lo_create('20897');
SELECT pg_catalog.lo_create('20898');
SELECT pg_catalog.lo_create('20899');
SELECT pg_catalog.lo_create('20900');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20901');
SELECT pg_catalog.lo_create('20902');
SELECT pg_catalog.lo_create('20903');
SELECT pg_catalog.lo_create('20904');
SELECT pg_catalog.lo_create('20905');
SELECT pg_catalog.lo_create('20906');
SELECT pg_catalog.lo_create('20907');
SELECT pg_catalog.lo_create('20908');
SELECT pg_catalog.lo_create('20909');
SELECT pg_catalog.lo_create('20910');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20911');
SELECT pg_catalog.lo_create('20912');
SELECT pg_catalog.lo_create('20913');
SELECT pg_catalog.lo_create('20914');
SELECT pg_catalog.lo_create('20915');
SELECT pg_catalog.lo_create('20916');
SELECT pg_catalog.lo_create('20917');
SELECT pg_catalog.lo_create('20918');
SELECT pg_catalog.lo_create('20919');
SELECT pg_catalog.lo_create('20920');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20921');
SELECT pg_catalog.lo_create('20922');
SELECT pg_catalog.lo_create('20923');
SELECT pg_catalog.lo_create('20924');
SELECT pg_catalog.lo_create('20925');
SELECT pg_catalog.lo_create('20926');
SELECT pg_catalog.lo_create('20927');
SELECT pg_catalog.lo_create('20928');
SELECT pg_catalog.lo_create('20929');
SELECT pg_catalog.lo_create('20930');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20931');
SELECT pg_catalog.lo_create('20932');
SELECT pg_catalog.lo_create('20933');
SELECT pg_catalog.lo_create('20934');
SELECT pg_catalog.lo_create('20935');
SELECT pg_catalog.lo_create('20936');
SELECT pg_catalog.lo_create('20937');
SELECT pg_catalog.lo_create('20938');
SELECT pg_catalog.lo_create('20939');
SELECT pg_catalog.lo_create('20940');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20941');
SELECT pg_catalog.lo_create('20942');
SELECT pg_catalog.lo_create('20943');
SELECT pg_catalog.lo_create('20944');
SELECT pg_catalog.lo_create('20945');
SELECT pg_catalog.lo_create('20946');
SELECT pg_catalog.lo_create('20947');
SELECT pg_catalog.lo_create('20948');
SELECT pg_catalog.lo_create('20949');
SELECT pg_catalog.lo_create('20950');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20951');
SELECT pg_catalog.lo_create('20952');
SELECT pg_catalog.lo_create('20953');
SELECT pg_catalog.lo_create('20954');
SELECT pg_catalog.lo_create('20955');
SELECT pg_catalog.lo_create('20956');
SELECT pg_catalog.lo_create('20957');
SELECT pg_catalog.lo_create('20958');
SELECT pg_catalog.lo_create('20959');
SELECT pg_catalog.lo_create('20960');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20961');
SELECT pg_catalog.lo_create('20962');
SELECT pg_catalog.lo_create('20963');
SELECT pg_catalog.lo_create('20964');
SELECT pg_catalog.lo_create('20965');
SELECT pg_catalog.lo_create('20966');
SELECT pg_catalog.lo_create('20967');
SELECT pg_catalog.lo_create('20968');
SELECT pg_catalog.lo_create('20969');
SELECT pg_catalog.lo_create('20970');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20971');
SELECT pg_catalog.lo_create('20972');
SELECT pg_catalog.lo_create('20973');
SELECT pg_catalog.lo_create('20974');
SELECT pg_catalog.lo_create('20975');
SELECT pg_catalog.lo_create('20976');
SELECT pg_catalog.lo_create('20977');
SELECT pg_catalog.lo_create('20978');
SELECT pg_catalog.lo_create('20979');
SELECT pg_catalog.lo_create('20980');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20981');
SELECT pg_catalog.lo_create('20982');
SELECT pg_catalog.lo_create('20983');
SELECT pg_catalog.lo_create('20984');
SELECT pg_catalog.lo_create('20985');
SELECT pg_catalog.lo_create('20986');
SELECT pg_catalog.lo_create('20987');
SELECT pg_catalog.lo_create('20988');
SELECT pg_catalog.lo_create('20989');
SELECT pg_catalog.lo_create('20990');
COMMIT;
BEGIN;

SELECT pg_catalog.lo_create('20991');
SELECT pg_catalog.lo_create('20992');
SELECT pg_catalog.lo_create('20993');
SELECT pg_catalog.lo_create('20994');
SELECT pg_catalog.lo_create('20995');
SELECT pg_catalog.lo_create('20996');
SELECT pg_catalog.lo_create('20997');
SELECT pg_catalog.lo_create('20998');
SELECT pg_catalog.lo_create('20999');
SELECT pg_catalog.lo_create('21000');
COMMIT;
BEGIN;


ALTER LARGE OBJECT 20001 OWNER TO bob;
ALTER LARGE OBJECT 20002 OWNER TO bob;
ALTER LARGE OBJECT 20003 OWNER TO bob;
ALTER LARGE OBJECT 20004 OWNER TO bob;
ALTER LARGE OBJECT 20005 OWNER TO bob;
ALTER LARGE OBJECT 20006 OWNER TO bob;
ALTER LARGE OBJECT 20007 OWNER TO bob;
ALTER LARGE OBJECT 20008 OWNER TO bob;
ALTER LARGE OBJECT 20009 OWNER TO bob;
ALTER LARGE OBJECT 20010 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20011 OWNER TO bob;
ALTER LARGE OBJECT 20012 OWNER TO bob;
ALTER LARGE OBJECT 20013 OWNER TO bob;
ALTER LARGE OBJECT 20014 OWNER TO bob;
ALTER LARGE OBJECT 20015 OWNER TO bob;
ALTER LARGE OBJECT 20016 OWNER TO bob;
ALTER LARGE OBJECT 20017 OWNER TO bob;
ALTER LARGE OBJECT 20018 OWNER TO bob;
ALTER LARGE OBJECT 20019 OWNER TO bob;
ALTER LARGE OBJECT 20020 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20021 OWNER TO bob;
ALTER LARGE OBJECT 20022 OWNER TO bob;
ALTER LARGE OBJECT 20023 OWNER TO bob;
ALTER LARGE OBJECT 20024 OWNER TO bob;
ALTER LARGE OBJECT 20025 OWNER TO bob;
ALTER LARGE OBJECT 20026 OWNER TO bob;
ALTER LARGE OBJECT 20027 OWNER TO bob;
ALTER LARGE OBJECT 20028 OWNER TO bob;
ALTER LARGE OBJECT 20029 OWNER TO bob;
ALTER LARGE OBJECT 20030 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20031 OWNER TO bob;
ALTER LARGE OBJECT 20032 OWNER TO bob;
ALTER LARGE OBJECT 20033 OWNER TO bob;
ALTER LARGE OBJECT 20034 OWNER TO bob;
ALTER LARGE OBJECT 20035 OWNER TO bob;
ALTER LARGE OBJECT 20036 OWNER TO bob;
ALTER LARGE OBJECT 20037 OWNER TO bob;
ALTER LARGE OBJECT 20038 OWNER TO bob;
ALTER LARGE OBJECT 20039 OWNER TO bob;
ALTER LARGE OBJECT 20040 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20041 OWNER TO bob;
ALTER LARGE OBJECT 20042 OWNER TO bob;
ALTER LARGE OBJECT 20043 OWNER TO bob;
ALTER LARGE OBJECT 20044 OWNER TO bob;
ALTER LARGE OBJECT 20045 OWNER TO bob;
ALTER LARGE OBJECT 20046 OWNER TO bob;
ALTER LARGE OBJECT 20047 OWNER TO bob;
ALTER LARGE OBJECT 20048 OWNER TO bob;
ALTER LARGE OBJECT 20049 OWNER TO bob;
ALTER LARGE OBJECT 20050 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20051 OWNER TO bob;
ALTER LARGE OBJECT 20052 OWNER TO bob;
ALTER LARGE OBJECT 20053 OWNER TO bob;
ALTER LARGE OBJECT 20054 OWNER TO bob;
ALTER LARGE OBJECT 20055 OWNER TO bob;
ALTER LARGE OBJECT 20056 OWNER TO bob;
ALTER LARGE OBJECT 20057 OWNER TO bob;
ALTER LARGE OBJECT 20058 OWNER TO bob;
ALTER LARGE OBJECT 20059 OWNER TO bob;
ALTER LARGE OBJECT 20060 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20061 OWNER TO bob;
ALTER LARGE OBJECT 20062 OWNER TO bob;
ALTER LARGE OBJECT 20063 OWNER TO bob;
ALTER LARGE OBJECT 20064 OWNER TO bob;
ALTER LARGE OBJECT 20065 OWNER TO bob;
ALTER LARGE OBJECT 20066 OWNER TO bob;
ALTER LARGE OBJECT 20067 OWNER TO bob;
ALTER LARGE OBJECT 20068 OWNER TO bob;
ALTER LARGE OBJECT 20069 OWNER TO bob;
ALTER LARGE OBJECT 20070 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20071 OWNER TO bob;
ALTER LARGE OBJECT 20072 OWNER TO bob;
ALTER LARGE OBJECT 20073 OWNER TO bob;
ALTER LARGE OBJECT 20074 OWNER TO bob;
ALTER LARGE OBJECT 20075 OWNER TO bob;
ALTER LARGE OBJECT 20076 OWNER TO bob;
ALTER LARGE OBJECT 20077 OWNER TO bob;
ALTER LARGE OBJECT 20078 OWNER TO bob;
ALTER LARGE OBJECT 20079 OWNER TO bob;
ALTER LARGE OBJECT 20080 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20081 OWNER TO bob;
ALTER LARGE OBJECT 20082 OWNER TO bob;
ALTER LARGE OBJECT 20083 OWNER TO bob;
ALTER LARGE OBJECT 20084 OWNER TO bob;
ALTER LARGE OBJECT 20085 OWNER TO bob;
ALTER LARGE OBJECT 20086 OWNER TO bob;
ALTER LARGE OBJECT 20087 OWNER TO bob;
ALTER LARGE OBJECT 20088 OWNER TO bob;
ALTER LARGE OBJECT 20089 OWNER TO bob;
ALTER LARGE OBJECT 20090 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20091 OWNER TO bob;
ALTER LARGE OBJECT 20092 OWNER TO bob;
ALTER LARGE OBJECT 20093 OWNER TO bob;
ALTER LARGE OBJECT 20094 OWNER TO bob;
ALTER LARGE OBJECT 20095 OWNER TO bob;
ALTER LARGE OBJECT 20096 OWNER TO bob;
ALTER LARGE OBJECT 20097 OWNER TO bob;
ALTER LARGE OBJECT 20098 OWNER TO bob;
ALTER LARGE OBJECT 20099 OWNER TO bob;
ALTER LARGE OBJECT 20100 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20101 OWNER TO bob;
ALTER LARGE OBJECT 20102 OWNER TO bob;
ALTER LARGE OBJECT 20103 OWNER TO bob;
ALTER LARGE OBJECT 20104 OWNER TO bob;
ALTER LARGE OBJECT 20105 OWNER TO bob;
ALTER LARGE OBJECT 20106 OWNER TO bob;
ALTER LARGE OBJECT 20107 OWNER TO bob;
ALTER LARGE OBJECT 20108 OWNER TO bob;
ALTER LARGE OBJECT 20109 OWNER TO bob;
ALTER LARGE OBJECT 20110 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20111 OWNER TO bob;
ALTER LARGE OBJECT 20112 OWNER TO bob;
ALTER LARGE OBJECT 20113 OWNER TO bob;
ALTER LARGE OBJECT 20114 OWNER TO bob;
ALTER LARGE OBJECT 20115 OWNER TO bob;
ALTER LARGE OBJECT 20116 OWNER TO bob;
ALTER LARGE OBJECT 20117 OWNER TO bob;
ALTER LARGE OBJECT 20118 OWNER TO bob;
ALTER LARGE OBJECT 20119 OWNER TO bob;
ALTER LARGE OBJECT 20120 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20121 OWNER TO bob;
ALTER LARGE OBJECT 20122 OWNER TO bob;
ALTER LARGE OBJECT 20123 OWNER TO bob;
ALTER LARGE OBJECT 20124 OWNER TO bob;
ALTER LARGE OBJECT 20125 OWNER TO bob;
ALTER LARGE OBJECT 20126 OWNER TO bob;
ALTER LARGE OBJECT 20127 OWNER TO bob;
ALTER LARGE OBJECT 20128 OWNER TO bob;
ALTER LARGE OBJECT 20129 OWNER TO bob;
ALTER LARGE OBJECT 20130 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20131 OWNER TO bob;
ALTER LARGE OBJECT 20132 OWNER TO bob;
ALTER LARGE OBJECT 20133 OWNER TO bob;
ALTER LARGE OBJECT 20134 OWNER TO bob;
ALTER LARGE OBJECT 20135 OWNER TO bob;
ALTER LARGE OBJECT 20136 OWNER TO bob;
ALTER LARGE OBJECT 20137 OWNER TO bob;
ALTER LARGE OBJECT 20138 OWNER TO bob;
ALTER LARGE OBJECT 20139 OWNER TO bob;
ALTER LARGE OBJECT 20140 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20141 OWNER TO bob;
ALTER LARGE OBJECT 20142 OWNER TO bob;
ALTER LARGE OBJECT 20143 OWNER TO bob;
ALTER LARGE OBJECT 20144 OWNER TO bob;
ALTER LARGE OBJECT 20145 OWNER TO bob;
ALTER LARGE OBJECT 20146 OWNER TO bob;
ALTER LARGE OBJECT 20147 OWNER TO bob;
ALTER LARGE OBJECT 20148 OWNER TO bob;
ALTER LARGE OBJECT 20149 OWNER TO bob;
ALTER LARGE OBJECT 20150 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20151 OWNER TO bob;
ALTER LARGE OBJECT 20152 OWNER TO bob;
ALTER LARGE OBJECT 20153 OWNER TO bob;
ALTER LARGE OBJECT 20154 OWNER TO bob;
ALTER LARGE OBJECT 20155 OWNER TO bob;
ALTER LARGE OBJECT 20156 OWNER TO bob;
ALTER LARGE OBJECT 20157 OWNER TO bob;
ALTER LARGE OBJECT 20158 OWNER TO bob;
ALTER LARGE OBJECT 20159 OWNER TO bob;
ALTER LARGE OBJECT 20160 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20161 OWNER TO bob;
ALTER LARGE OBJECT 20162 OWNER TO bob;
ALTER LARGE OBJECT 20163 OWNER TO bob;
ALTER LARGE OBJECT 20164 OWNER TO bob;
ALTER LARGE OBJECT 20165 OWNER TO bob;
ALTER LARGE OBJECT 20166 OWNER TO bob;
ALTER LARGE OBJECT 20167 OWNER TO bob;
ALTER LARGE OBJECT 20168 OWNER TO bob;
ALTER LARGE OBJECT 20169 OWNER TO bob;
ALTER LARGE OBJECT 20170 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20171 OWNER TO bob;
ALTER LARGE OBJECT 20172 OWNER TO bob;
ALTER LARGE OBJECT 20173 OWNER TO bob;
ALTER LARGE OBJECT 20174 OWNER TO bob;
ALTER LARGE OBJECT 20175 OWNER TO bob;
ALTER LARGE OBJECT 20176 OWNER TO bob;
ALTER LARGE OBJECT 20177 OWNER TO bob;
ALTER LARGE OBJECT 20178 OWNER TO bob;
ALTER LARGE OBJECT 20179 OWNER TO bob;
ALTER LARGE OBJECT 20180 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20181 OWNER TO bob;
ALTER LARGE OBJECT 20182 OWNER TO bob;
ALTER LARGE OBJECT 20183 OWNER TO bob;
ALTER LARGE OBJECT 20184 OWNER TO bob;
ALTER LARGE OBJECT 20185 OWNER TO bob;
ALTER LARGE OBJECT 20186 OWNER TO bob;
ALTER LARGE OBJECT 20187 OWNER TO bob;
ALTER LARGE OBJECT 20188 OWNER TO bob;
ALTER LARGE OBJECT 20189 OWNER TO bob;
ALTER LARGE OBJECT 20190 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20191 OWNER TO bob;
ALTER LARGE OBJECT 20192 OWNER TO bob;
ALTER LARGE OBJECT 20193 OWNER TO bob;
ALTER LARGE OBJECT 20194 OWNER TO bob;
ALTER LARGE OBJECT 20195 OWNER TO bob;
ALTER LARGE OBJECT 20196 OWNER TO bob;
ALTER LARGE OBJECT 20197 OWNER TO bob;
ALTER LARGE OBJECT 20198 OWNER TO bob;
ALTER LARGE OBJECT 20199 OWNER TO bob;
ALTER LARGE OBJECT 20200 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20201 OWNER TO bob;
ALTER LARGE OBJECT 20202 OWNER TO bob;
ALTER LARGE OBJECT 20203 OWNER TO bob;
ALTER LARGE OBJECT 20204 OWNER TO bob;
ALTER LARGE OBJECT 20205 OWNER TO bob;
ALTER LARGE OBJECT 20206 OWNER TO bob;
ALTER LARGE OBJECT 20207 OWNER TO bob;
ALTER LARGE OBJECT 20208 OWNER TO bob;
ALTER LARGE OBJECT 20209 OWNER TO bob;
ALTER LARGE OBJECT 20210 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20211 OWNER TO bob;
ALTER LARGE OBJECT 20212 OWNER TO bob;
ALTER LARGE OBJECT 20213 OWNER TO bob;
ALTER LARGE OBJECT 20214 OWNER TO bob;
ALTER LARGE OBJECT 20215 OWNER TO bob;
ALTER LARGE OBJECT 20216 OWNER TO bob;
ALTER LARGE OBJECT 20217 OWNER TO bob;
ALTER LARGE OBJECT 20218 OWNER TO bob;
ALTER LARGE OBJECT 20219 OWNER TO bob;
ALTER LARGE OBJECT 20220 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20221 OWNER TO bob;
ALTER LARGE OBJECT 20222 OWNER TO bob;
ALTER LARGE OBJECT 20223 OWNER TO bob;
ALTER LARGE OBJECT 20224 OWNER TO bob;
ALTER LARGE OBJECT 20225 OWNER TO bob;
ALTER LARGE OBJECT 20226 OWNER TO bob;
ALTER LARGE OBJECT 20227 OWNER TO bob;
ALTER LARGE OBJECT 20228 OWNER TO bob;
ALTER LARGE OBJECT 20229 OWNER TO bob;
ALTER LARGE OBJECT 20230 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20231 OWNER TO bob;
ALTER LARGE OBJECT 20232 OWNER TO bob;
ALTER LARGE OBJECT 20233 OWNER TO bob;
ALTER LARGE OBJECT 20234 OWNER TO bob;
ALTER LARGE OBJECT 20235 OWNER TO bob;
ALTER LARGE OBJECT 20236 OWNER TO bob;
ALTER LARGE OBJECT 20237 OWNER TO bob;
ALTER LARGE OBJECT 20238 OWNER TO bob;
ALTER LARGE OBJECT 20239 OWNER TO bob;
ALTER LARGE OBJECT 20240 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20241 OWNER TO bob;
ALTER LARGE OBJECT 20242 OWNER TO bob;
ALTER LARGE OBJECT 20243 OWNER TO bob;
ALTER LARGE OBJECT 20244 OWNER TO bob;
ALTER LARGE OBJECT 20245 OWNER TO bob;
ALTER LARGE OBJECT 20246 OWNER TO bob;
ALTER LARGE OBJECT 20247 OWNER TO bob;
ALTER LARGE OBJECT 20248 OWNER TO bob;
ALTER LARGE OBJECT 20249 OWNER TO bob;
ALTER LARGE OBJECT 20250 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20251 OWNER TO bob;
ALTER LARGE OBJECT 20252 OWNER TO bob;
ALTER LARGE OBJECT 20253 OWNER TO bob;
ALTER LARGE OBJECT 20254 OWNER TO bob;
ALTER LARGE OBJECT 20255 OWNER TO bob;
ALTER LARGE OBJECT 20256 OWNER TO bob;
ALTER LARGE OBJECT 20257 OWNER TO bob;
ALTER LARGE OBJECT 20258 OWNER TO bob;
ALTER LARGE OBJECT 20259 OWNER TO bob;
ALTER LARGE OBJECT 20260 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20261 OWNER TO bob;
ALTER LARGE OBJECT 20262 OWNER TO bob;
ALTER LARGE OBJECT 20263 OWNER TO bob;
ALTER LARGE OBJECT 20264 OWNER TO bob;
ALTER LARGE OBJECT 20265 OWNER TO bob;
ALTER LARGE OBJECT 20266 OWNER TO bob;
ALTER LARGE OBJECT 20267 OWNER TO bob;
ALTER LARGE OBJECT 20268 OWNER TO bob;
ALTER LARGE OBJECT 20269 OWNER TO bob;
ALTER LARGE OBJECT 20270 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20271 OWNER TO bob;
ALTER LARGE OBJECT 20272 OWNER TO bob;
ALTER LARGE OBJECT 20273 OWNER TO bob;
ALTER LARGE OBJECT 20274 OWNER TO bob;
ALTER LARGE OBJECT 20275 OWNER TO bob;
ALTER LARGE OBJECT 20276 OWNER TO bob;
ALTER LARGE OBJECT 20277 OWNER TO bob;
ALTER LARGE OBJECT 20278 OWNER TO bob;
ALTER LARGE OBJECT 20279 OWNER TO bob;
ALTER LARGE OBJECT 20280 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20281 OWNER TO bob;
ALTER LARGE OBJECT 20282 OWNER TO bob;
ALTER LARGE OBJECT 20283 OWNER TO bob;
ALTER LARGE OBJECT 20284 OWNER TO bob;
ALTER LARGE OBJECT 20285 OWNER TO bob;
ALTER LARGE OBJECT 20286 OWNER TO bob;
ALTER LARGE OBJECT 20287 OWNER TO bob;
ALTER LARGE OBJECT 20288 OWNER TO bob;
ALTER LARGE OBJECT 20289 OWNER TO bob;
ALTER LARGE OBJECT 20290 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20291 OWNER TO bob;
ALTER LARGE OBJECT 20292 OWNER TO bob;
ALTER LARGE OBJECT 20293 OWNER TO bob;
ALTER LARGE OBJECT 20294 OWNER TO bob;
ALTER LARGE OBJECT 20295 OWNER TO bob;
ALTER LARGE OBJECT 20296 OWNER TO bob;
ALTER LARGE OBJECT 20297 OWNER TO bob;
ALTER LARGE OBJECT 20298 OWNER TO bob;
ALTER LARGE OBJECT 20299 OWNER TO bob;
ALTER LARGE OBJECT 20300 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20301 OWNER TO bob;
ALTER LARGE OBJECT 20302 OWNER TO bob;
ALTER LARGE OBJECT 20303 OWNER TO bob;
ALTER LARGE OBJECT 20304 OWNER TO bob;
ALTER LARGE OBJECT 20305 OWNER TO bob;
ALTER LARGE OBJECT 20306 OWNER TO bob;
ALTER LARGE OBJECT 20307 OWNER TO bob;
ALTER LARGE OBJECT 20308 OWNER TO bob;
ALTER LARGE OBJECT 20309 OWNER TO bob;
ALTER LARGE OBJECT 20310 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20311 OWNER TO bob;
ALTER LARGE OBJECT 20312 OWNER TO bob;
ALTER LARGE OBJECT 20313 OWNER TO bob;
ALTER LARGE OBJECT 20314 OWNER TO bob;
ALTER LARGE OBJECT 20315 OWNER TO bob;
ALTER LARGE OBJECT 20316 OWNER TO bob;
ALTER LARGE OBJECT 20317 OWNER TO bob;
ALTER LARGE OBJECT 20318 OWNER TO bob;
ALTER LARGE OBJECT 20319 OWNER TO bob;
ALTER LARGE OBJECT 20320 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20321 OWNER TO bob;
ALTER LARGE OBJECT 20322 OWNER TO bob;
ALTER LARGE OBJECT 20323 OWNER TO bob;
ALTER LARGE OBJECT 20324 OWNER TO bob;
ALTER LARGE OBJECT 20325 OWNER TO bob;
ALTER LARGE OBJECT 20326 OWNER TO bob;
ALTER LARGE OBJECT 20327 OWNER TO bob;
ALTER LARGE OBJECT 20328 OWNER TO bob;
ALTER LARGE OBJECT 20329 OWNER TO bob;
ALTER LARGE OBJECT 20330 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20331 OWNER TO bob;
ALTER LARGE OBJECT 20332 OWNER TO bob;
ALTER LARGE OBJECT 20333 OWNER TO bob;
ALTER LARGE OBJECT 20334 OWNER TO bob;
ALTER LARGE OBJECT 20335 OWNER TO bob;
ALTER LARGE OBJECT 20336 OWNER TO bob;
ALTER LARGE OBJECT 20337 OWNER TO bob;
ALTER LARGE OBJECT 20338 OWNER TO bob;
ALTER LARGE OBJECT 20339 OWNER TO bob;
ALTER LARGE OBJECT 20340 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20341 OWNER TO bob;
ALTER LARGE OBJECT 20342 OWNER TO bob;
ALTER LARGE OBJECT 20343 OWNER TO bob;
ALTER LARGE OBJECT 20344 OWNER TO bob;
ALTER LARGE OBJECT 20345 OWNER TO bob;
ALTER LARGE OBJECT 20346 OWNER TO bob;
ALTER LARGE OBJECT 20347 OWNER TO bob;
ALTER LARGE OBJECT 20348 OWNER TO bob;
ALTER LARGE OBJECT 20349 OWNER TO bob;
ALTER LARGE OBJECT 20350 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20351 OWNER TO bob;
ALTER LARGE OBJECT 20352 OWNER TO bob;
ALTER LARGE OBJECT 20353 OWNER TO bob;
ALTER LARGE OBJECT 20354 OWNER TO bob;
ALTER LARGE OBJECT 20355 OWNER TO bob;
ALTER LARGE OBJECT 20356 OWNER TO bob;
ALTER LARGE OBJECT 20357 OWNER TO bob;
ALTER LARGE OBJECT 20358 OWNER TO bob;
ALTER LARGE OBJECT 20359 OWNER TO bob;
ALTER LARGE OBJECT 20360 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20361 OWNER TO bob;
ALTER LARGE OBJECT 20362 OWNER TO bob;
ALTER LARGE OBJECT 20363 OWNER TO bob;
ALTER LARGE OBJECT 20364 OWNER TO bob;
ALTER LARGE OBJECT 20365 OWNER TO bob;
ALTER LARGE OBJECT 20366 OWNER TO bob;
ALTER LARGE OBJECT 20367 OWNER TO bob;
ALTER LARGE OBJECT 20368 OWNER TO bob;
ALTER LARGE OBJECT 20369 OWNER TO bob;
ALTER LARGE OBJECT 20370 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20371 OWNER TO bob;
ALTER LARGE OBJECT 20372 OWNER TO bob;
ALTER LARGE OBJECT 20373 OWNER TO bob;
ALTER LARGE OBJECT 20374 OWNER TO bob;
ALTER LARGE OBJECT 20375 OWNER TO bob;
ALTER LARGE OBJECT 20376 OWNER TO bob;
ALTER LARGE OBJECT 20377 OWNER TO bob;
ALTER LARGE OBJECT 20378 OWNER TO bob;
ALTER LARGE OBJECT 20379 OWNER TO bob;
ALTER LARGE OBJECT 20380 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20381 OWNER TO bob;
ALTER LARGE OBJECT 20382 OWNER TO bob;
ALTER LARGE OBJECT 20383 OWNER TO bob;
ALTER LARGE OBJECT 20384 OWNER TO bob;
ALTER LARGE OBJECT 20385 OWNER TO bob;
ALTER LARGE OBJECT 20386 OWNER TO bob;
ALTER LARGE OBJECT 20387 OWNER TO bob;
ALTER LARGE OBJECT 20388 OWNER TO bob;
ALTER LARGE OBJECT 20389 OWNER TO bob;
ALTER LARGE OBJECT 20390 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20391 OWNER TO bob;
ALTER LARGE OBJECT 20392 OWNER TO bob;
ALTER LARGE OBJECT 20393 OWNER TO bob;
ALTER LARGE OBJECT 20394 OWNER TO bob;
ALTER LARGE OBJECT 20395 OWNER TO bob;
ALTER LARGE OBJECT 20396 OWNER TO bob;
ALTER LARGE OBJECT 20397 OWNER TO bob;
ALTER LARGE OBJECT 20398 OWNER TO bob;
ALTER LARGE OBJECT 20399 OWNER TO bob;
ALTER LARGE OBJECT 20400 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20401 OWNER TO bob;
ALTER LARGE OBJECT 20402 OWNER TO bob;
ALTER LARGE OBJECT 20403 OWNER TO bob;
ALTER LARGE OBJECT 20404 OWNER TO bob;
ALTER LARGE OBJECT 20405 OWNER TO bob;
ALTER LARGE OBJECT 20406 OWNER TO bob;
ALTER LARGE OBJECT 20407 OWNER TO bob;
ALTER LARGE OBJECT 20408 OWNER TO bob;
ALTER LARGE OBJECT 20409 OWNER TO bob;
ALTER LARGE OBJECT 20410 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20411 OWNER TO bob;
ALTER LARGE OBJECT 20412 OWNER TO bob;
ALTER LARGE OBJECT 20413 OWNER TO bob;
ALTER LARGE OBJECT 20414 OWNER TO bob;
ALTER LARGE OBJECT 20415 OWNER TO bob;
ALTER LARGE OBJECT 20416 OWNER TO bob;
ALTER LARGE OBJECT 20417 OWNER TO bob;
ALTER LARGE OBJECT 20418 OWNER TO bob;
ALTER LARGE OBJECT 20419 OWNER TO bob;
ALTER LARGE OBJECT 20420 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20421 OWNER TO bob;
ALTER LARGE OBJECT 20422 OWNER TO bob;
ALTER LARGE OBJECT 20423 OWNER TO bob;
ALTER LARGE OBJECT 20424 OWNER TO bob;
ALTER LARGE OBJECT 20425 OWNER TO bob;
ALTER LARGE OBJECT 20426 OWNER TO bob;
ALTER LARGE OBJECT 20427 OWNER TO bob;
ALTER LARGE OBJECT 20428 OWNER TO bob;
ALTER LARGE OBJECT 20429 OWNER TO bob;
ALTER LARGE OBJECT 20430 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20431 OWNER TO bob;
ALTER LARGE OBJECT 20432 OWNER TO bob;
ALTER LARGE OBJECT 20433 OWNER TO bob;
ALTER LARGE OBJECT 20434 OWNER TO bob;
ALTER LARGE OBJECT 20435 OWNER TO bob;
ALTER LARGE OBJECT 20436 OWNER TO bob;
ALTER LARGE OBJECT 20437 OWNER TO bob;
ALTER LARGE OBJECT 20438 OWNER TO bob;
ALTER LARGE OBJECT 20439 OWNER TO bob;
ALTER LARGE OBJECT 20440 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20441 OWNER TO bob;
ALTER LARGE OBJECT 20442 OWNER TO bob;
ALTER LARGE OBJECT 20443 OWNER TO bob;
ALTER LARGE OBJECT 20444 OWNER TO bob;
ALTER LARGE OBJECT 20445 OWNER TO bob;
ALTER LARGE OBJECT 20446 OWNER TO bob;
ALTER LARGE OBJECT 20447 OWNER TO bob;
ALTER LARGE OBJECT 20448 OWNER TO bob;
ALTER LARGE OBJECT 20449 OWNER TO bob;
ALTER LARGE OBJECT 20450 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20451 OWNER TO bob;
ALTER LARGE OBJECT 20452 OWNER TO bob;
ALTER LARGE OBJECT 20453 OWNER TO bob;
ALTER LARGE OBJECT 20454 OWNER TO bob;
ALTER LARGE OBJECT 20455 OWNER TO bob;
ALTER LARGE OBJECT 20456 OWNER TO bob;
ALTER LARGE OBJECT 20457 OWNER TO bob;
ALTER LARGE OBJECT 20458 OWNER TO bob;
ALTER LARGE OBJECT 20459 OWNER TO bob;
ALTER LARGE OBJECT 20460 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20461 OWNER TO bob;
ALTER LARGE OBJECT 20462 OWNER TO bob;
ALTER LARGE OBJECT 20463 OWNER TO bob;
ALTER LARGE OBJECT 20464 OWNER TO bob;
ALTER LARGE OBJECT 20465 OWNER TO bob;
ALTER LARGE OBJECT 20466 OWNER TO bob;
ALTER LARGE OBJECT 20467 OWNER TO bob;
ALTER LARGE OBJECT 20468 OWNER TO bob;
ALTER LARGE OBJECT 20469 OWNER TO bob;
ALTER LARGE OBJECT 20470 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20471 OWNER TO bob;
ALTER LARGE OBJECT 20472 OWNER TO bob;
ALTER LARGE OBJECT 20473 OWNER TO bob;
ALTER LARGE OBJECT 20474 OWNER TO bob;
ALTER LARGE OBJECT 20475 OWNER TO bob;
ALTER LARGE OBJECT 20476 OWNER TO bob;
ALTER LARGE OBJECT 20477 OWNER TO bob;
ALTER LARGE OBJECT 20478 OWNER TO bob;
ALTER LARGE OBJECT 20479 OWNER TO bob;
ALTER LARGE OBJECT 20480 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20481 OWNER TO bob;
ALTER LARGE OBJECT 20482 OWNER TO bob;
ALTER LARGE OBJECT 20483 OWNER TO bob;
ALTER LARGE OBJECT 20484 OWNER TO bob;
ALTER LARGE OBJECT 20485 OWNER TO bob;
ALTER LARGE OBJECT 20486 OWNER TO bob;
ALTER LARGE OBJECT 20487 OWNER TO bob;
ALTER LARGE OBJECT 20488 OWNER TO bob;
ALTER LARGE OBJECT 20489 OWNER TO bob;
ALTER LARGE OBJECT 20490 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20491 OWNER TO bob;
ALTER LARGE OBJECT 20492 OWNER TO bob;
ALTER LARGE OBJECT 20493 OWNER TO bob;
ALTER LARGE OBJECT 20494 OWNER TO bob;
ALTER LARGE OBJECT 20495 OWNER TO bob;
ALTER LARGE OBJECT 20496 OWNER TO bob;
ALTER LARGE OBJECT 20497 OWNER TO bob;
ALTER LARGE OBJECT 20498 OWNER TO bob;
ALTER LARGE OBJECT 20499 OWNER TO bob;
ALTER LARGE OBJECT 20500 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20501 OWNER TO bob;
ALTER LARGE OBJECT 20502 OWNER TO bob;
ALTER LARGE OBJECT 20503 OWNER TO bob;
ALTER LARGE OBJECT 20504 OWNER TO bob;
ALTER LARGE OBJECT 20505 OWNER TO bob;
ALTER LARGE OBJECT 20506 OWNER TO bob;
ALTER LARGE OBJECT 20507 OWNER TO bob;
ALTER LARGE OBJECT 20508 OWNER TO bob;
ALTER LARGE OBJECT 20509 OWNER TO bob;
ALTER LARGE OBJECT 20510 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20511 OWNER TO bob;
ALTER LARGE OBJECT 20512 OWNER TO bob;
ALTER LARGE OBJECT 20513 OWNER TO bob;
ALTER LARGE OBJECT 20514 OWNER TO bob;
ALTER LARGE OBJECT 20515 OWNER TO bob;
ALTER LARGE OBJECT 20516 OWNER TO bob;
ALTER LARGE OBJECT 20517 OWNER TO bob;
ALTER LARGE OBJECT 20518 OWNER TO bob;
ALTER LARGE OBJECT 20519 OWNER TO bob;
ALTER LARGE OBJECT 20520 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20521 OWNER TO bob;
ALTER LARGE OBJECT 20522 OWNER TO bob;
ALTER LARGE OBJECT 20523 OWNER TO bob;
ALTER LARGE OBJECT 20524 OWNER TO bob;
ALTER LARGE OBJECT 20525 OWNER TO bob;
ALTER LARGE OBJECT 20526 OWNER TO bob;
ALTER LARGE OBJECT 20527 OWNER TO bob;
ALTER LARGE OBJECT 20528 OWNER TO bob;
ALTER LARGE OBJECT 20529 OWNER TO bob;
ALTER LARGE OBJECT 20530 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20531 OWNER TO bob;
ALTER LARGE OBJECT 20532 OWNER TO bob;
ALTER LARGE OBJECT 20533 OWNER TO bob;
ALTER LARGE OBJECT 20534 OWNER TO bob;
ALTER LARGE OBJECT 20535 OWNER TO bob;
ALTER LARGE OBJECT 20536 OWNER TO bob;
ALTER LARGE OBJECT 20537 OWNER TO bob;
ALTER LARGE OBJECT 20538 OWNER TO bob;
ALTER LARGE OBJECT 20539 OWNER TO bob;
ALTER LARGE OBJECT 20540 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20541 OWNER TO bob;
ALTER LARGE OBJECT 20542 OWNER TO bob;
ALTER LARGE OBJECT 20543 OWNER TO bob;
ALTER LARGE OBJECT 20544 OWNER TO bob;
ALTER LARGE OBJECT 20545 OWNER TO bob;
ALTER LARGE OBJECT 20546 OWNER TO bob;
ALTER LARGE OBJECT 20547 OWNER TO bob;
ALTER LARGE OBJECT 20548 OWNER TO bob;
ALTER LARGE OBJECT 20549 OWNER TO bob;
ALTER LARGE OBJECT 20550 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20551 OWNER TO bob;
ALTER LARGE OBJECT 20552 OWNER TO bob;
ALTER LARGE OBJECT 20553 OWNER TO bob;
ALTER LARGE OBJECT 20554 OWNER TO bob;
ALTER LARGE OBJECT 20555 OWNER TO bob;
ALTER LARGE OBJECT 20556 OWNER TO bob;
ALTER LARGE OBJECT 20557 OWNER TO bob;
ALTER LARGE OBJECT 20558 OWNER TO bob;
ALTER LARGE OBJECT 20559 OWNER TO bob;
ALTER LARGE OBJECT 20560 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20561 OWNER TO bob;
ALTER LARGE OBJECT 20562 OWNER TO bob;
ALTER LARGE OBJECT 20563 OWNER TO bob;
ALTER LARGE OBJECT 20564 OWNER TO bob;
ALTER LARGE OBJECT 20565 OWNER TO bob;
ALTER LARGE OBJECT 20566 OWNER TO bob;
ALTER LARGE OBJECT 20567 OWNER TO bob;
ALTER LARGE OBJECT 20568 OWNER TO bob;
ALTER LARGE OBJECT 20569 OWNER TO bob;
ALTER LARGE OBJECT 20570 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20571 OWNER TO bob;
ALTER LARGE OBJECT 20572 OWNER TO bob;
ALTER LARGE OBJECT 20573 OWNER TO bob;
ALTER LARGE OBJECT 20574 OWNER TO bob;
ALTER LARGE OBJECT 20575 OWNER TO bob;
ALTER LARGE OBJECT 20576 OWNER TO bob;
ALTER LARGE OBJECT 20577 OWNER TO bob;
ALTER LARGE OBJECT 20578 OWNER TO bob;
ALTER LARGE OBJECT 20579 OWNER TO bob;
ALTER LARGE OBJECT 20580 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20581 OWNER TO bob;
ALTER LARGE OBJECT 20582 OWNER TO bob;
ALTER LARGE OBJECT 20583 OWNER TO bob;
ALTER LARGE OBJECT 20584 OWNER TO bob;
ALTER LARGE OBJECT 20585 OWNER TO bob;
ALTER LARGE OBJECT 20586 OWNER TO bob;
ALTER LARGE OBJECT 20587 OWNER TO bob;
ALTER LARGE OBJECT 20588 OWNER TO bob;
ALTER LARGE OBJECT 20589 OWNER TO bob;
ALTER LARGE OBJECT 20590 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20591 OWNER TO bob;
ALTER LARGE OBJECT 20592 OWNER TO bob;
ALTER LARGE OBJECT 20593 OWNER TO bob;
ALTER LARGE OBJECT 20594 OWNER TO bob;
ALTER LARGE OBJECT 20595 OWNER TO bob;
ALTER LARGE OBJECT 20596 OWNER TO bob;
ALTER LARGE OBJECT 20597 OWNER TO bob;
ALTER LARGE OBJECT 20598 OWNER TO bob;
ALTER LARGE OBJECT 20599 OWNER TO bob;
ALTER LARGE OBJECT 20600 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20601 OWNER TO bob;
ALTER LARGE OBJECT 20602 OWNER TO bob;
ALTER LARGE OBJECT 20603 OWNER TO bob;
ALTER LARGE OBJECT 20604 OWNER TO bob;
ALTER LARGE OBJECT 20605 OWNER TO bob;
ALTER LARGE OBJECT 20606 OWNER TO bob;
ALTER LARGE OBJECT 20607 OWNER TO bob;
ALTER LARGE OBJECT 20608 OWNER TO bob;
ALTER LARGE OBJECT 20609 OWNER TO bob;
ALTER LARGE OBJECT 20610 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20611 OWNER TO bob;
ALTER LARGE OBJECT 20612 OWNER TO bob;
ALTER LARGE OBJECT 20613 OWNER TO bob;
ALTER LARGE OBJECT 20614 OWNER TO bob;
ALTER LARGE OBJECT 20615 OWNER TO bob;
ALTER LARGE OBJECT 20616 OWNER TO bob;
ALTER LARGE OBJECT 20617 OWNER TO bob;
ALTER LARGE OBJECT 20618 OWNER TO bob;
ALTER LARGE OBJECT 20619 OWNER TO bob;
ALTER LARGE OBJECT 20620 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20621 OWNER TO bob;
ALTER LARGE OBJECT 20622 OWNER TO bob;
ALTER LARGE OBJECT 20623 OWNER TO bob;
ALTER LARGE OBJECT 20624 OWNER TO bob;
ALTER LARGE OBJECT 20625 OWNER TO bob;
ALTER LARGE OBJECT 20626 OWNER TO bob;
ALTER LARGE OBJECT 20627 OWNER TO bob;
ALTER LARGE OBJECT 20628 OWNER TO bob;
ALTER LARGE OBJECT 20629 OWNER TO bob;
ALTER LARGE OBJECT 20630 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20631 OWNER TO bob;
ALTER LARGE OBJECT 20632 OWNER TO bob;
ALTER LARGE OBJECT 20633 OWNER TO bob;
ALTER LARGE OBJECT 20634 OWNER TO bob;
ALTER LARGE OBJECT 20635 OWNER TO bob;
ALTER LARGE OBJECT 20636 OWNER TO bob;
ALTER LARGE OBJECT 20637 OWNER TO bob;
ALTER LARGE OBJECT 20638 OWNER TO bob;
ALTER LARGE OBJECT 20639 OWNER TO bob;
ALTER LARGE OBJECT 20640 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20641 OWNER TO bob;
ALTER LARGE OBJECT 20642 OWNER TO bob;
ALTER LARGE OBJECT 20643 OWNER TO bob;
ALTER LARGE OBJECT 20644 OWNER TO bob;
ALTER LARGE OBJECT 20645 OWNER TO bob;
ALTER LARGE OBJECT 20646 OWNER TO bob;
ALTER LARGE OBJECT 20647 OWNER TO bob;
ALTER LARGE OBJECT 20648 OWNER TO bob;
ALTER LARGE OBJECT 20649 OWNER TO bob;
ALTER LARGE OBJECT 20650 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20651 OWNER TO bob;
ALTER LARGE OBJECT 20652 OWNER TO bob;
ALTER LARGE OBJECT 20653 OWNER TO bob;
ALTER LARGE OBJECT 20654 OWNER TO bob;
ALTER LARGE OBJECT 20655 OWNER TO bob;
ALTER LARGE OBJECT 20656 OWNER TO bob;
ALTER LARGE OBJECT 20657 OWNER TO bob;
ALTER LARGE OBJECT 20658 OWNER TO bob;
ALTER LARGE OBJECT 20659 OWNER TO bob;
ALTER LARGE OBJECT 20660 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20661 OWNER TO bob;
ALTER LARGE OBJECT 20662 OWNER TO bob;
ALTER LARGE OBJECT 20663 OWNER TO bob;
ALTER LARGE OBJECT 20664 OWNER TO bob;
ALTER LARGE OBJECT 20665 OWNER TO bob;
ALTER LARGE OBJECT 20666 OWNER TO bob;
ALTER LARGE OBJECT 20667 OWNER TO bob;
ALTER LARGE OBJECT 20668 OWNER TO bob;
ALTER LARGE OBJECT 20669 OWNER TO bob;
ALTER LARGE OBJECT 20670 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20671 OWNER TO bob;
ALTER LARGE OBJECT 20672 OWNER TO bob;
ALTER LARGE OBJECT 20673 OWNER TO bob;
ALTER LARGE OBJECT 20674 OWNER TO bob;
ALTER LARGE OBJECT 20675 OWNER TO bob;
ALTER LARGE OBJECT 20676 OWNER TO bob;
ALTER LARGE OBJECT 20677 OWNER TO bob;
ALTER LARGE OBJECT 20678 OWNER TO bob;
ALTER LARGE OBJECT 20679 OWNER TO bob;
ALTER LARGE OBJECT 20680 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20681 OWNER TO bob;
ALTER LARGE OBJECT 20682 OWNER TO bob;
ALTER LARGE OBJECT 20683 OWNER TO bob;
ALTER LARGE OBJECT 20684 OWNER TO bob;
ALTER LARGE OBJECT 20685 OWNER TO bob;
ALTER LARGE OBJECT 20686 OWNER TO bob;
ALTER LARGE OBJECT 20687 OWNER TO bob;
ALTER LARGE OBJECT 20688 OWNER TO bob;
ALTER LARGE OBJECT 20689 OWNER TO bob;
ALTER LARGE OBJECT 20690 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20691 OWNER TO bob;
ALTER LARGE OBJECT 20692 OWNER TO bob;
ALTER LARGE OBJECT 20693 OWNER TO bob;
ALTER LARGE OBJECT 20694 OWNER TO bob;
ALTER LARGE OBJECT 20695 OWNER TO bob;
ALTER LARGE OBJECT 20696 OWNER TO bob;
ALTER LARGE OBJECT 20697 OWNER TO bob;
ALTER LARGE OBJECT 20698 OWNER TO bob;
ALTER LARGE OBJECT 20699 OWNER TO bob;
ALTER LARGE OBJECT 20700 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20701 OWNER TO bob;
ALTER LARGE OBJECT 20702 OWNER TO bob;
ALTER LARGE OBJECT 20703 OWNER TO bob;
ALTER LARGE OBJECT 20704 OWNER TO bob;
ALTER LARGE OBJECT 20705 OWNER TO bob;
ALTER LARGE OBJECT 20706 OWNER TO bob;
ALTER LARGE OBJECT 20707 OWNER TO bob;
ALTER LARGE OBJECT 20708 OWNER TO bob;
ALTER LARGE OBJECT 20709 OWNER TO bob;
ALTER LARGE OBJECT 20710 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20711 OWNER TO bob;
ALTER LARGE OBJECT 20712 OWNER TO bob;
ALTER LARGE OBJECT 20713 OWNER TO bob;
ALTER LARGE OBJECT 20714 OWNER TO bob;
ALTER LARGE OBJECT 20715 OWNER TO bob;
ALTER LARGE OBJECT 20716 OWNER TO bob;
ALTER LARGE OBJECT 20717 OWNER TO bob;
ALTER LARGE OBJECT 20718 OWNER TO bob;
ALTER LARGE OBJECT 20719 OWNER TO bob;
ALTER LARGE OBJECT 20720 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20721 OWNER TO bob;
ALTER LARGE OBJECT 20722 OWNER TO bob;
ALTER LARGE OBJECT 20723 OWNER TO bob;
ALTER LARGE OBJECT 20724 OWNER TO bob;
ALTER LARGE OBJECT 20725 OWNER TO bob;
ALTER LARGE OBJECT 20726 OWNER TO bob;
ALTER LARGE OBJECT 20727 OWNER TO bob;
ALTER LARGE OBJECT 20728 OWNER TO bob;
ALTER LARGE OBJECT 20729 OWNER TO bob;
ALTER LARGE OBJECT 20730 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20731 OWNER TO bob;
ALTER LARGE OBJECT 20732 OWNER TO bob;
ALTER LARGE OBJECT 20733 OWNER TO bob;
ALTER LARGE OBJECT 20734 OWNER TO bob;
ALTER LARGE OBJECT 20735 OWNER TO bob;
ALTER LARGE OBJECT 20736 OWNER TO bob;
ALTER LARGE OBJECT 20737 OWNER TO bob;
ALTER LARGE OBJECT 20738 OWNER TO bob;
ALTER LARGE OBJECT 20739 OWNER TO bob;
ALTER LARGE OBJECT 20740 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20741 OWNER TO bob;
ALTER LARGE OBJECT 20742 OWNER TO bob;
ALTER LARGE OBJECT 20743 OWNER TO bob;
ALTER LARGE OBJECT 20744 OWNER TO bob;
ALTER LARGE OBJECT 20745 OWNER TO bob;
ALTER LARGE OBJECT 20746 OWNER TO bob;
ALTER LARGE OBJECT 20747 OWNER TO bob;
ALTER LARGE OBJECT 20748 OWNER TO bob;
ALTER LARGE OBJECT 20749 OWNER TO bob;
ALTER LARGE OBJECT 20750 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20751 OWNER TO bob;
ALTER LARGE OBJECT 20752 OWNER TO bob;
ALTER LARGE OBJECT 20753 OWNER TO bob;
ALTER LARGE OBJECT 20754 OWNER TO bob;
ALTER LARGE OBJECT 20755 OWNER TO bob;
ALTER LARGE OBJECT 20756 OWNER TO bob;
ALTER LARGE OBJECT 20757 OWNER TO bob;
ALTER LARGE OBJECT 20758 OWNER TO bob;
ALTER LARGE OBJECT 20759 OWNER TO bob;
ALTER LARGE OBJECT 20760 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20761 OWNER TO bob;
ALTER LARGE OBJECT 20762 OWNER TO bob;
ALTER LARGE OBJECT 20763 OWNER TO bob;
ALTER LARGE OBJECT 20764 OWNER TO bob;
ALTER LARGE OBJECT 20765 OWNER TO bob;
ALTER LARGE OBJECT 20766 OWNER TO bob;
ALTER LARGE OBJECT 20767 OWNER TO bob;
ALTER LARGE OBJECT 20768 OWNER TO bob;
ALTER LARGE OBJECT 20769 OWNER TO bob;
ALTER LARGE OBJECT 20770 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20771 OWNER TO bob;
ALTER LARGE OBJECT 20772 OWNER TO bob;
ALTER LARGE OBJECT 20773 OWNER TO bob;
ALTER LARGE OBJECT 20774 OWNER TO bob;
ALTER LARGE OBJECT 20775 OWNER TO bob;
ALTER LARGE OBJECT 20776 OWNER TO bob;
ALTER LARGE OBJECT 20777 OWNER TO bob;
ALTER LARGE OBJECT 20778 OWNER TO bob;
ALTER LARGE OBJECT 20779 OWNER TO bob;
ALTER LARGE OBJECT 20780 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20781 OWNER TO bob;
ALTER LARGE OBJECT 20782 OWNER TO bob;
ALTER LARGE OBJECT 20783 OWNER TO bob;
ALTER LARGE OBJECT 20784 OWNER TO bob;
ALTER LARGE OBJECT 20785 OWNER TO bob;
ALTER LARGE OBJECT 20786 OWNER TO bob;
ALTER LARGE OBJECT 20787 OWNER TO bob;
ALTER LARGE OBJECT 20788 OWNER TO bob;
ALTER LARGE OBJECT 20789 OWNER TO bob;
ALTER LARGE OBJECT 20790 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20791 OWNER TO bob;
ALTER LARGE OBJECT 20792 OWNER TO bob;
ALTER LARGE OBJECT 20793 OWNER TO bob;
ALTER LARGE OBJECT 20794 OWNER TO bob;
ALTER LARGE OBJECT 20795 OWNER TO bob;
ALTER LARGE OBJECT 20796 OWNER TO bob;
ALTER LARGE OBJECT 20797 OWNER TO bob;
ALTER LARGE OBJECT 20798 OWNER TO bob;
ALTER LARGE OBJECT 20799 OWNER TO bob;
ALTER LARGE OBJECT 20800 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20801 OWNER TO bob;
ALTER LARGE OBJECT 20802 OWNER TO bob;
ALTER LARGE OBJECT 20803 OWNER TO bob;
ALTER LARGE OBJECT 20804 OWNER TO bob;
ALTER LARGE OBJECT 20805 OWNER TO bob;
ALTER LARGE OBJECT 20806 OWNER TO bob;
ALTER LARGE OBJECT 20807 OWNER TO bob;
ALTER LARGE OBJECT 20808 OWNER TO bob;
ALTER LARGE OBJECT 20809 OWNER TO bob;
ALTER LARGE OBJECT 20810 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20811 OWNER TO bob;
ALTER LARGE OBJECT 20812 OWNER TO bob;
ALTER LARGE OBJECT 20813 OWNER TO bob;
ALTER LARGE OBJECT 20814 OWNER TO bob;
ALTER LARGE OBJECT 20815 OWNER TO bob;
ALTER LARGE OBJECT 20816 OWNER TO bob;
ALTER LARGE OBJECT 20817 OWNER TO bob;
ALTER LARGE OBJECT 20818 OWNER TO bob;
ALTER LARGE OBJECT 20819 OWNER TO bob;
ALTER LARGE OBJECT 20820 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20821 OWNER TO bob;
ALTER LARGE OBJECT 20822 OWNER TO bob;
ALTER LARGE OBJECT 20823 OWNER TO bob;
ALTER LARGE OBJECT 20824 OWNER TO bob;
ALTER LARGE OBJECT 20825 OWNER TO bob;
ALTER LARGE OBJECT 20826 OWNER TO bob;
ALTER LARGE OBJECT 20827 OWNER TO bob;
ALTER LARGE OBJECT 20828 OWNER TO bob;
ALTER LARGE OBJECT 20829 OWNER TO bob;
ALTER LARGE OBJECT 20830 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20831 OWNER TO bob;
ALTER LARGE OBJECT 20832 OWNER TO bob;
ALTER LARGE OBJECT 20833 OWNER TO bob;
ALTER LARGE OBJECT 20834 OWNER TO bob;
ALTER LARGE OBJECT 20835 OWNER TO bob;
ALTER LARGE OBJECT 20836 OWNER TO bob;
ALTER LARGE OBJECT 20837 OWNER TO bob;
ALTER LARGE OBJECT 20838 OWNER TO bob;
ALTER LARGE OBJECT 20839 OWNER TO bob;
ALTER LARGE OBJECT 20840 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20841 OWNER TO bob;
ALTER LARGE OBJECT 20842 OWNER TO bob;
ALTER LARGE OBJECT 20843 OWNER TO bob;
ALTER LARGE OBJECT 20844 OWNER TO bob;
ALTER LARGE OBJECT 20845 OWNER TO bob;
ALTER LARGE OBJECT 20846 OWNER TO bob;
ALTER LARGE OBJECT 20847 OWNER TO bob;
ALTER LARGE OBJECT 20848 OWNER TO bob;
ALTER LARGE OBJECT 20849 OWNER TO bob;
ALTER LARGE OBJECT 20850 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20851 OWNER TO bob;
ALTER LARGE OBJECT 20852 OWNER TO bob;
ALTER LARGE OBJECT 20853 OWNER TO bob;
ALTER LARGE OBJECT 20854 OWNER TO bob;
ALTER LARGE OBJECT 20855 OWNER TO bob;
ALTER LARGE OBJECT 20856 OWNER TO bob;
ALTER LARGE OBJECT 20857 OWNER TO bob;
ALTER LARGE OBJECT 20858 OWNER TO bob;
ALTER LARGE OBJECT 20859 OWNER TO bob;
ALTER LARGE OBJECT 20860 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20861 OWNER TO bob;
ALTER LARGE OBJECT 20862 OWNER TO bob;
ALTER LARGE OBJECT 20863 OWNER TO bob;
ALTER LARGE OBJECT 20864 OWNER TO bob;
ALTER LARGE OBJECT 20865 OWNER TO bob;
ALTER LARGE OBJECT 20866 OWNER TO bob;
ALTER LARGE OBJECT 20867 OWNER TO bob;
ALTER LARGE OBJECT 20868 OWNER TO bob;
ALTER LARGE OBJECT 20869 OWNER TO bob;
ALTER LARGE OBJECT 20870 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20871 OWNER TO bob;
ALTER LARGE OBJECT 20872 OWNER TO bob;
ALTER LARGE OBJECT 20873 OWNER TO bob;
ALTER LARGE OBJECT 20874 OWNER TO bob;
ALTER LARGE OBJECT 20875 OWNER TO bob;
ALTER LARGE OBJECT 20876 OWNER TO bob;
ALTER LARGE OBJECT 20877 OWNER TO bob;
ALTER LARGE OBJECT 20878 OWNER TO bob;
ALTER LARGE OBJECT 20879 OWNER TO bob;
ALTER LARGE OBJECT 20880 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20881 OWNER TO bob;
ALTER LARGE OBJECT 20882 OWNER TO bob;
ALTER LARGE OBJECT 20883 OWNER TO bob;
ALTER LARGE OBJECT 20884 OWNER TO bob;
ALTER LARGE OBJECT 20885 OWNER TO bob;
ALTER LARGE OBJECT 20886 OWNER TO bob;
ALTER LARGE OBJECT 20887 OWNER TO bob;
ALTER LARGE OBJECT 20888 OWNER TO bob;
ALTER LARGE OBJECT 20889 OWNER TO bob;
ALTER LARGE OBJECT 20890 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20891 OWNER TO bob;
ALTER LARGE OBJECT 20892 OWNER TO bob;
ALTER LARGE OBJECT 20893 OWNER TO bob;
ALTER LARGE OBJECT 20894 OWNER TO bob;
ALTER LARGE OBJECT 20895 OWNER TO bob;
ALTER LARGE OBJECT 20896 OWNER TO bob;
ALTER LARGE OBJECT 20897 OWNER TO bob;
ALTER LARGE OBJECT 20898 OWNER TO bob;
ALTER LARGE OBJECT 20899 OWNER TO bob;
ALTER LARGE OBJECT 20900 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20901 OWNER TO bob;
ALTER LARGE OBJECT 20902 OWNER TO bob;
ALTER LARGE OBJECT 20903 OWNER TO bob;
ALTER LARGE OBJECT 20904 OWNER TO bob;
ALTER LARGE OBJECT 20905 OWNER TO bob;
ALTER LARGE OBJECT 20906 OWNER TO bob;
ALTER LARGE OBJECT 20907 OWNER TO bob;
ALTER LARGE OBJECT 20908 OWNER TO bob;
ALTER LARGE OBJECT 20909 OWNER TO bob;
ALTER LARGE OBJECT 20910 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20911 OWNER TO bob;
ALTER LARGE OBJECT 20912 OWNER TO bob;
ALTER LARGE OBJECT 20913 OWNER TO bob;
ALTER LARGE OBJECT 20914 OWNER TO bob;
ALTER LARGE OBJECT 20915 OWNER TO bob;
ALTER LARGE OBJECT 20916 OWNER TO bob;
ALTER LARGE OBJECT 20917 OWNER TO bob;
ALTER LARGE OBJECT 20918 OWNER TO bob;
ALTER LARGE OBJECT 20919 OWNER TO bob;
ALTER LARGE OBJECT 20920 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20921 OWNER TO bob;
ALTER LARGE OBJECT 20922 OWNER TO bob;
ALTER LARGE OBJECT 20923 OWNER TO bob;
ALTER LARGE OBJECT 20924 OWNER TO bob;
ALTER LARGE OBJECT 20925 OWNER TO bob;
ALTER LARGE OBJECT 20926 OWNER TO bob;
ALTER LARGE OBJECT 20927 OWNER TO bob;
ALTER LARGE OBJECT 20928 OWNER TO bob;
ALTER LARGE OBJECT 20929 OWNER TO bob;
ALTER LARGE OBJECT 20930 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20931 OWNER TO bob;
ALTER LARGE OBJECT 20932 OWNER TO bob;
ALTER LARGE OBJECT 20933 OWNER TO bob;
ALTER LARGE OBJECT 20934 OWNER TO bob;
ALTER LARGE OBJECT 20935 OWNER TO bob;
ALTER LARGE OBJECT 20936 OWNER TO bob;
ALTER LARGE OBJECT 20937 OWNER TO bob;
ALTER LARGE OBJECT 20938 OWNER TO bob;
ALTER LARGE OBJECT 20939 OWNER TO bob;
ALTER LARGE OBJECT 20940 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20941 OWNER TO bob;
ALTER LARGE OBJECT 20942 OWNER TO bob;
ALTER LARGE OBJECT 20943 OWNER TO bob;
ALTER LARGE OBJECT 20944 OWNER TO bob;
ALTER LARGE OBJECT 20945 OWNER TO bob;
ALTER LARGE OBJECT 20946 OWNER TO bob;
ALTER LARGE OBJECT 20947 OWNER TO bob;
ALTER LARGE OBJECT 20948 OWNER TO bob;
ALTER LARGE OBJECT 20949 OWNER TO bob;
ALTER LARGE OBJECT 20950 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20951 OWNER TO bob;
ALTER LARGE OBJECT 20952 OWNER TO bob;
ALTER LARGE OBJECT 20953 OWNER TO bob;
ALTER LARGE OBJECT 20954 OWNER TO bob;
ALTER LARGE OBJECT 20955 OWNER TO bob;
ALTER LARGE OBJECT 20956 OWNER TO bob;
ALTER LARGE OBJECT 20957 OWNER TO bob;
ALTER LARGE OBJECT 20958 OWNER TO bob;
ALTER LARGE OBJECT 20959 OWNER TO bob;
ALTER LARGE OBJECT 20960 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20961 OWNER TO bob;
ALTER LARGE OBJECT 20962 OWNER TO bob;
ALTER LARGE OBJECT 20963 OWNER TO bob;
ALTER LARGE OBJECT 20964 OWNER TO bob;
ALTER LARGE OBJECT 20965 OWNER TO bob;
ALTER LARGE OBJECT 20966 OWNER TO bob;
ALTER LARGE OBJECT 20967 OWNER TO bob;
ALTER LARGE OBJECT 20968 OWNER TO bob;
ALTER LARGE OBJECT 20969 OWNER TO bob;
ALTER LARGE OBJECT 20970 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20971 OWNER TO bob;
ALTER LARGE OBJECT 20972 OWNER TO bob;
ALTER LARGE OBJECT 20973 OWNER TO bob;
ALTER LARGE OBJECT 20974 OWNER TO bob;
ALTER LARGE OBJECT 20975 OWNER TO bob;
ALTER LARGE OBJECT 20976 OWNER TO bob;
ALTER LARGE OBJECT 20977 OWNER TO bob;
ALTER LARGE OBJECT 20978 OWNER TO bob;
ALTER LARGE OBJECT 20979 OWNER TO bob;
ALTER LARGE OBJECT 20980 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20981 OWNER TO bob;
ALTER LARGE OBJECT 20982 OWNER TO bob;
ALTER LARGE OBJECT 20983 OWNER TO bob;
ALTER LARGE OBJECT 20984 OWNER TO bob;
ALTER LARGE OBJECT 20985 OWNER TO bob;
ALTER LARGE OBJECT 20986 OWNER TO bob;
ALTER LARGE OBJECT 20987 OWNER TO bob;
ALTER LARGE OBJECT 20988 OWNER TO bob;
ALTER LARGE OBJECT 20989 OWNER TO bob;
ALTER LARGE OBJECT 20990 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 20991 OWNER TO bob;
ALTER LARGE OBJECT 20992 OWNER TO bob;
ALTER LARGE OBJECT 20993 OWNER TO bob;
ALTER LARGE OBJECT 20994 OWNER TO bob;
ALTER LARGE OBJECT 20995 OWNER TO bob;
ALTER LARGE OBJECT 20996 OWNER TO bob;
ALTER LARGE OBJECT 20997 OWNER TO bob;
ALTER LARGE OBJECT 20998 OWNER TO bob;
ALTER LARGE OBJECT 20999 OWNER TO bob;
ALTER LARGE OBJECT 21000 OWNER TO bob;
COMMIT;
BEGIN;


--
-- Name: LARGE OBJECT 20001; Type: COMMENT; Schema: -; Owner: bob
--

COMMENT ON LARGE OBJECT 20001 IS 'first of many';


--
-- Name: 21001..21005; Type: BLOB METADATA; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('21001');
SELECT pg_catalog.lo_create('21002');
SELECT pg_catalog.lo_create('21003');
SELECT pg_catalog.lo_create('21004');
SELECT pg_catalog.lo_create('21005');

ALTER LARGE OBJECT 21001 OWNER TO bob;
ALTER LARGE OBJECT 21002 OWNER TO bob;
ALTER LARGE OBJECT 21003 OWNER TO bob;
COMMIT;
BEGIN;

ALTER LARGE OBJECT 21004 OWNER TO bob;
ALTER LARGE OBJECT 21005 OWNER TO bob;

--
-- Name: 30001..30003; Type: BLOB METADATA; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('30001');
SELECT pg_catalog.lo_create('30002');
SELECT pg_catalog.lo_create('30003');

ALTER LARGE OBJECT 30001 OWNER TO alice;
ALTER LARGE OBJECT 30002 OWNER TO alice;
ALTER LARGE OBJECT 30003 OWNER TO alice;

COMMIT;
BEGIN;

--
-- Name: 4000000000; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('4000000000');

ALTER LARGE OBJECT 4000000000 OWNER TO postgres;

--
-- Data for Name: 20001..21000; Type: BLOBS; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_open('20001', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20002', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20003', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20004', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20005', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20006', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20007', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20008', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20009', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20010', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20011', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20012', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20013', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20014', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20015', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20016', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20017', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20018', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20019', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20020', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20021', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20022', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20023', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20024', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20025', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20026', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20027', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20028', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20029', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20030', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20031', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20032', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20033', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20034', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20035', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20036', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20037', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20038', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20039', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20040', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20041', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20042', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20043', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20044', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20045', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20046', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20047', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20048', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20049', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20050', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20051', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20052', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20053', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20054', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20055', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20056', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20057', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20058', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20059', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20060', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20061', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20062', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20063', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20064', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20065', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20066', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20067', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20068', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20069', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20070', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20071', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20072', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20073', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20074', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20075', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20076', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20077', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20078', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20079', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20080', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20081', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20082', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20083', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20084', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20085', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20086', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20087', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20088', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20089', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20090', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20091', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20092', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20093', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20094', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20095', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20096', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20097', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20098', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20099', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20100', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20101', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20102', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20103', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20104', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20105', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20106', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20107', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20108', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20109', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20110', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20111', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20112', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20113', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20114', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20115', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20116', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20117', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20118', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20119', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20120', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20121', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20122', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20123', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20124', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20125', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20126', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20127', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20128', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20129', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20130', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20131', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20132', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20133', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20134', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20135', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20136', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20137', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20138', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20139', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20140', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20141', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20142', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20143', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20144', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20145', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20146', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20147', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20148', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20149', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20150', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20151', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20152', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20153', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20154', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20155', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20156', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20157', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20158', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20159', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20160', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20161', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20162', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20163', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20164', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20165', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20166', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20167', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20168', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20169', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20170', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20171', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20172', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20173', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20174', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20175', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20176', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20177', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20178', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20179', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20180', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20181', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20182', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20183', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20184', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20185', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20186', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20187', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20188', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20189', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20190', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20191', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20192', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20193', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20194', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20195', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20196', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20197', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20198', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20199', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20200', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20201', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20202', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20203', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20204', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20205', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20206', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20207', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20208', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20209', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20210', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20211', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20212', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20213', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20214', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20215', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20216', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20217', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20218', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20219', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20220', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20221', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20222', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20223', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20224', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20225', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20226', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20227', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20228', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20229', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20230', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20231', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20232', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20233', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20234', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20235', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20236', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20237', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20238', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20239', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20240', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20241', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20242', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20243', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20244', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20245', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20246', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20247', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20248', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20249', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20250', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20251', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20252', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20253', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20254', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20255', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20256', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20257', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20258', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20259', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20260', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20261', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20262', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20263', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20264', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20265', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20266', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20267', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20268', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20269', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20270', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20271', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20272', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20273', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20274', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20275', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20276', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20277', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20278', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20279', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20280', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20281', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20282', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20283', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20284', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20285', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20286', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20287', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20288', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20289', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20290', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20291', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20292', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20293', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20294', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20295', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20296', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20297', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20298', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20299', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20300', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20301', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20302', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20303', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20304', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20305', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20306', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20307', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20308', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20309', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20310', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20311', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20312', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20313', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20314', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20315', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20316', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20317', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20318', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20319', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20320', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20321', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20322', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20323', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20324', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20325', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20326', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20327', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20328', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20329', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20330', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20331', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20332', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20333', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20334', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20335', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20336', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20337', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20338', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20339', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20340', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20341', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20342', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20343', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20344', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20345', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20346', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20347', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20348', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20349', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20350', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20351', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20352', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20353', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20354', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20355', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20356', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20357', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20358', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20359', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20360', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20361', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20362', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20363', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20364', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20365', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20366', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20367', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20368', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20369', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20370', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20371', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20372', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20373', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20374', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20375', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20376', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20377', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20378', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20379', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20380', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20381', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20382', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20383', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20384', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20385', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20386', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20387', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20388', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20389', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20390', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20391', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20392', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20393', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20394', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20395', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20396', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20397', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20398', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20399', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20400', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20401', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20402', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20403', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20404', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20405', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20406', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20407', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20408', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20409', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20410', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20411', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20412', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20413', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20414', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20415', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20416', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20417', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20418', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20419', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20420', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20421', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20422', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20423', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20424', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20425', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20426', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20427', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20428', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20429', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20430', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20431', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20432', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20433', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20434', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20435', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20436', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20437', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20438', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20439', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20440', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20441', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20442', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20443', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20444', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20445', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20446', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20447', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20448', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20449', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20450', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20451', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20452', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20453', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20454', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20455', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20456', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20457', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20458', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20459', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20460', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20461', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20462', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20463', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20464', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20465', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20466', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20467', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20468', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20469', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20470', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20471', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20472', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20473', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20474', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20475', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20476', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20477', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20478', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20479', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20480', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20481', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20482', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20483', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20484', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20485', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20486', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20487', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20488', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20489', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20490', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20491', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20492', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20493', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20494', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20495', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20496', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20497', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20498', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20499', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20500', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20501', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20502', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20503', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20504', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20505', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20506', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20507', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20508', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20509', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20510', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20511', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20512', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20513', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20514', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20515', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20516', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20517', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20518', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20519', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20520', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20521', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20522', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20523', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20524', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20525', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20526', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20527', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20528', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20529', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20530', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20531', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20532', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20533', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20534', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20535', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20536', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20537', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20538', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20539', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20540', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20541', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20542', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20543', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20544', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20545', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20546', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20547', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20548', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20549', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20550', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20551', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20552', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20553', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20554', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20555', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20556', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20557', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20558', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20559', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20560', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20561', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20562', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20563', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20564', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20565', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20566', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20567', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20568', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20569', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20570', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20571', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20572', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20573', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20574', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20575', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20576', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20577', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20578', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20579', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20580', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20581', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20582', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20583', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20584', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20585', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20586', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20587', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20588', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20589', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20590', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20591', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20592', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20593', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20594', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20595', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20596', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20597', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20598', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20599', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20600', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20601', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20602', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20603', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20604', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20605', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20606', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20607', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20608', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20609', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20610', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20611', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20612', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20613', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20614', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20615', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20616', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20617', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20618', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20619', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20620', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20621', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20622', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20623', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20624', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20625', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20626', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20627', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20628', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20629', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20630', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20631', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20632', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20633', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20634', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20635', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20636', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20637', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20638', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20639', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20640', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20641', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20642', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20643', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20644', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20645', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20646', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20647', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20648', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20649', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20650', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20651', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20652', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20653', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20654', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20655', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20656', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20657', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20658', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20659', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20660', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20661', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20662', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20663', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20664', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20665', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20666', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20667', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20668', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20669', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20670', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20671', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20672', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20673', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20674', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20675', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20676', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20677', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20678', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20679', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20680', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20681', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20682', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20683', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20684', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20685', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20686', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20687', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20688', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20689', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20690', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20691', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20692', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20693', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20694', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20695', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20696', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20697', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20698', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20699', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20700', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20701', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20702', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20703', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20704', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20705', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20706', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20707', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20708', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20709', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20710', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20711', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20712', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20713', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20714', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20715', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20716', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20717', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20718', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20719', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20720', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20721', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20722', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20723', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20724', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20725', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20726', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20727', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20728', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20729', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20730', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20731', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20732', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20733', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20734', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20735', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20736', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20737', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20738', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20739', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20740', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20741', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20742', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20743', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20744', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20745', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20746', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20747', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20748', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20749', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20750', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20751', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20752', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20753', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20754', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20755', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20756', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20757', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20758', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20759', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20760', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20761', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20762', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20763', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20764', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20765', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20766', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20767', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20768', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20769', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20770', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20771', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20772', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20773', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20774', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20775', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20776', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20777', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20778', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20779', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20780', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20781', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20782', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20783', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20784', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20785', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20786', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20787', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20788', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20789', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20790', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20791', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20792', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20793', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20794', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20795', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20796', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20797', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20798', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20799', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20800', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20801', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20802', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20803', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20804', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20805', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20806', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20807', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20808', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20809', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20810', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20811', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20812', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20813', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20814', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20815', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20816', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20817', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20818', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20819', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20820', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20821', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20822', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20823', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20824', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20825', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20826', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20827', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20828', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20829', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20830', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20831', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20832', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20833', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20834', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20835', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20836', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20837', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20838', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20839', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20840', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20841', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20842', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20843', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20844', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20845', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20846', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20847', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20848', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20849', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20850', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20851', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20852', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20853', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20854', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20855', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20856', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20857', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20858', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20859', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20860', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20861', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20862', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20863', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20864', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20865', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20866', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20867', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20868', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20869', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20870', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20871', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20872', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20873', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20874', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20875', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20876', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20877', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20878', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20879', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20880', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20881', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20882', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20883', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20884', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20885', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20886', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20887', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20888', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20889', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20890', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20891', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20892', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20893', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20894', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20895', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20896', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20897', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20898', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20899', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20900', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20901', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20902', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20903', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20904', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20905', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20906', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20907', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20908', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20909', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20910', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20911', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20912', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20913', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20914', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20915', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20916', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20917', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20918', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20919', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20920', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20921', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20922', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20923', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20924', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20925', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20926', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20927', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20928', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20929', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20930', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20931', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20932', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20933', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20934', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20935', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20936', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20937', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20938', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20939', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20940', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20941', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20942', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20943', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20944', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20945', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20946', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20947', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20948', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20949', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20950', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20951', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20952', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20953', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20954', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20955', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20956', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20957', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20958', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20959', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20960', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20961', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20962', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20963', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20964', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20965', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20966', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20967', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20968', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20969', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20970', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20971', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20972', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20973', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20974', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20975', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20976', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20977', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20978', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20979', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20980', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20981', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20982', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20983', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20984', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20985', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20986', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20987', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20988', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20989', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20990', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20991', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20992', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20993', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20994', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20995', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20996', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20997', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20998', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20999', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('21000', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

--
-- Data for Name: 21001..21005; Type: BLOBS; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_open('21001', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('21002', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('21003', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('21004', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('21005', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

--
-- Data for Name: 30001..30003; Type: BLOBS; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_open('30001', 131072);
SELECT pg_catalog.lowrite(0, '\x01');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30002', 131072);
SELECT pg_catalog.lowrite(0, '\x0203');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30003', 131072);
SELECT pg_catalog.lo_close(0);

--
-- Data for Name: 4000000000; Type: BLOBS; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_open('4000000000', 131072);
SELECT pg_catalog.lo_close(0);

--
-- Name: LARGE OBJECTS 30001..30003; Type: ACL; Schema: -; Owner: alice
--

GRANT SELECT ON LARGE OBJECT 30001 TO bob;
GRANT SELECT ON LARGE OBJECT 30002 TO bob;
GRANT SELECT ON LARGE OBJECT 30003 TO bob;
COMMIT;
BEGIN;


COMMIT;

--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

